/**
 * The answer coach: plain, explainable checks on a STAR answer, computed on the device, that judge
 * it the way an interviewer does. Every threshold and word list is in `COACH_RULES` below, so what
 * the coach looks for is never hidden. A finding is either "must fix" (what costs the answer the
 * interview: a hypothetical story, blame, no outcome, no "I", far off the time) or "polish".
 */
import {
	countWords,
	DEFAULT_WORDS_PER_MINUTE,
	STAR_PARTS,
	starStats
} from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { probesAccountability, type CoachQuestion } from './accountability';
import { STARTER_JARGON } from './jargon';
import { looksEnglish } from './language';
import { matchRedFlag } from './red-flags';
import { checkLength, checkShape } from './shape-checks';
import {
	checkAccountability,
	checkOutcome,
	checkOwnership,
	checkRealStory,
	checkReflection,
	checkRelevance
} from './story-checks';
import { checkHedging, checkJargon, checkLongSentences } from './writing-checks';

export { highlightRanges, type HighlightPart } from './text-ranges';
export type { CoachQuestion } from './accountability';

/** What the coach checks; findings are listed must-fix first, then in this order. */
export const COACH_CHECK_IDS = [
	'real-story',
	'accountability',
	'outcome',
	'ownership',
	'relevance',
	'length',
	'shape',
	'reflection',
	'hedging',
	'long-sentences',
	'jargon'
] as const;

export type CoachCheckId = (typeof COACH_CHECK_IDS)[number];

export type Severity = 'must-fix' | 'polish';

/** Words that set off a check, as an exact range of one part's text: `text === answer[part].slice(start, end)`. */
export interface CoachTrigger {
	part: StarPart;
	start: number;
	end: number;
	text: string;
}

/** One check's verdict on an answer. */
export interface CoachCheck {
	id: CoachCheckId;
	/** When flagged, names the flaw ("Hypothetical, not a real story"); otherwise the check. */
	title: string;
	/**
	 * 'empty': the part this check reads has no text yet, so there is nothing to judge; 'skip':
	 * the check does not apply to this question (blame on a question that does not probe it).
	 */
	status: 'pass' | 'flag' | 'empty' | 'skip';
	/** How much a flag costs the answer; null unless flagged. */
	severity: Severity | null;
	/** One line on what was found, e.g. "“we” 7 times, “I” twice in Action". */
	detail: string;
	/** One line on why interviewers care. */
	why: string;
	/** The words that flag it (the "we" forms, the hedges), or what made it pass, in STAR order. */
	triggers: CoachTrigger[];
	/** Index into the question's red flags when a flag matches one of them. */
	redFlag: number | null;
}

/** What a single check works out; `coachAnswer` adds the id, texts and red flag. */
export interface CoachFinding {
	status: CoachCheck['status'];
	severity?: Severity;
	/** Overrides the check's flaw title, e.g. "Far too long" rather than "Far too short". */
	title?: string;
	detail: string;
	triggers: CoachTrigger[];
}

/** The coach's reading of a whole answer. */
export interface CoachReport {
	/**
	 * 'empty': nothing written; 'short': too few words to judge; 'not-english': the checks read
	 * English only; 'judged': the checks ran.
	 */
	state: 'empty' | 'short' | 'not-english' | 'judged';
	words: number;
	/** Every check: must-fix flags first, then polish, then the rest in `COACH_CHECK_IDS` order. */
	checks: CoachCheck[];
	mustFix: number;
	polish: number;
	/** Parts with no text yet. */
	missing: StarPart[];
}

export interface CoachOptions {
	/** The user's measured speaking rate; 140 until known. */
	wordsPerMinute?: number;
	/** Spoken length to aim for, in seconds (120 unless the practice round sets one). */
	targetSeconds?: number;
	/** Words and phrases to flag (the user's list from settings); the starter list when unset. */
	jargon?: readonly string[];
	/** The question answered: its theme, kind and red flags sharpen the checks. */
	question?: CoachQuestion;
}

/** A number in figures or in words, as results are said aloud. */
const NUMBER =
	'(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|half|a third|a quarter|a dozen|dozens|hundreds|thousands)';

/** Every threshold and word list the coach uses. Change them here; the tests pin the defaults. */
export const COACH_RULES = {
	/** Below this many words the coach waits ("keep going") rather than judging a fragment. */
	minWords: 25,
	/**
	 * The checks read this much of each part (about 1,000 words, seven minutes spoken): past it
	 * the answer is far too long anyway, and a keystroke stays fast however much is pasted in.
	 */
	maxReadChars: 6000,
	realStory: {
		/**
		 * What a hypothetical or habitual answer sounds like, in Action: would / I'd / I'll,
		 * usually / always, and "you" for anyone. "would have" is a counterfactual, not a plan.
		 */
		// prettier-ignore
		hypothetical: [
			"(?:I|we|you) would(?! have)", "(?:I|we|you)'d(?= (?:[a-z]+ )?(?:do|be|sit|go|get|ask|bring|make|start|try|say|talk|take|set|give|want|need|look|check|schedule|speak|work|focus|have|probably|usually|always|first|then|also|rather))",
			"I'll", 'I will', "we'll", 'we will', 'usually', 'typically', 'generally', 'normally',
			'tend to', 'tends to', 'whenever', 'my approach is', 'what I do is', 'in that situation',
			'in a situation like (?:that|this)', 'you(?! know)', "you're", "you've", "you'll"
		],
		/** Past-tense verbs: a real story is told in them. Irregular ones, and anything in -ed. */
		// prettier-ignore
		past: [
			'[a-z]+ed', 'went', 'told', 'said', 'made', 'took', 'gave', 'got', 'saw', 'found',
			'brought', 'bought', 'met', 'ran', 'wrote', 'led', 'sent', 'spent', 'kept', 'held', 'knew',
			'thought', 'felt', 'began', 'became', 'chose', 'came', 'did', 'had', 'was', 'were', 'left',
			'lost', 'built', 'caught', 'taught', 'sat', 'stood', 'understood', 'won', 'drew', 'grew',
			'fell', 'rose', 'broke', 'spoke', 'heard', 'paid', 'sold', 'dug', 'struck', 'fought',
			"didn't", "wasn't", "weren't", "hadn't", "couldn't"
		],
		/** "-ed" words that are not past tense. */
		// prettier-ignore
		notPast: [
			'need', 'needs', 'indeed', 'speed', 'seed', 'feed', 'bleed', 'breed', 'proceed', 'exceed',
			'succeed', 'embed', 'bed', 'red', 'shed', 'hundred', 'sacred', 'naked', 'wicked'
		]
	},
	accountability: {
		/**
		 * Putting the failure on others or on circumstances. Describing the other side's view
		 * ("he refused to budge") is not blame; saying it was their fault, or out of your hands, is.
		 */
		// prettier-ignore
		blame: [
			'set up to fail', "(?:wasn't|was not|isn't|is not|not) (?:my|our) (?:fault|problem|doing)",
			'(?:their|his|her) fault', "(?:didn't|did not|wouldn't|would not) (?:back|support) (?:me|us)",
			'dropped the ball', '(?:threw|thrown) (?:us|me|my team) under the bus', 'hung (?:us|me) out to dry',
			"if (?:only )?(?:they|he|she|product|sales|leadership|management|the [a-z]+(?: [a-z]+)?) had(?:n't)? (?:[a-z]+ed|done|given|told|been|made|kept|listened)",
			"because (?:they|he|she|the [a-z]+ team) (?:kept|never|refused|had other priorities|didn't deliver|didn't do their)",
			'kept (?:changing|pushing back|moving|adding|shifting)(?= (?:the|our|their|it))',
			"(?:wasn't|was not|isn't|is not) much (?:I|we) could do", '(?:nothing|little) (?:I|we) could (?:have )?do(?:ne)?',
			'out of (?:my|our) (?:control|hands)', '(?:my|our) hands were tied',
			'(?:their|his|her) [a-z]+ should have', '(?:it|that) was (?:their|his|her) (?:fault|mistake|alert|bug|change|code|problem|job|responsibility)',
			'(?:problem|issue|fault|bug) was on their side', '(?:they|he|she) never delivered',
			"who(?:'s| is| was) accountable", 'cover (?:myself|ourselves|my back)', 'blamed? it on',
			'(?:they|he|she) (?:was|were) to blame'
		],
		/** Owning a mistake: any of these clears blame, since the answer owns its part. */
		// prettier-ignore
		owned: [
			'I (?:made|make) (?:(?:a|an|the|two|three|several|some|one|my|a few|a couple of) )?(?:(?:big|real|serious|classic|costly|first|second) )?(?:mistakes?|errors?|misjudge?ments?)',
			'my (?:mistake|fault|error|call|part|bad)', "I (?:hadn't|had not)", "I(?: had|'d)? (?:rushed|missed|ignored|assumed|underestimated|overlooked|misjudged|misread|dismissed|brushed)",
			"I should(?:n't| not)? have", 'I could have', "I wish I(?:'d| had)", 'I was wrong', 'I got (?:it|that|this) wrong',
			'I (?:underestimated|overestimated|misjudged|misread|missed|ignored|overlooked|dismissed|failed to|let (?:them|him|her|the team|it) down)',
			"I (?:didn't|did not) (?:see|notice|check|ask|listen|push|test|catch|realise|realize|think|plan|raise|flag|escalate|involve|consult|follow up|speak up)",
			'(?:it|that) was on me', 'I (?:owned|own|took) (?:that|it|responsibility|the blame|my part)',
			'I apologi[sz]ed', 'I (?:conceded|admitted|acknowledged)', 'conceding', 'I was too [a-z]+', 'I got defensive',
			'defend(?:ed|ing)? myself'
		]
	},
	outcome: {
		/** A before and after, a checkable number or a change: any one makes the Result an outcome. */
		// prettier-ignore
		change: [
			`from (?:(?:about|around|roughly|over|under|nearly|almost|up to|an?) )?(?:${NUMBER}|weekly|daily|monthly|none|zero)[^.;!?]{0,40}? to`,
			'(?:down|up) from', '(?:halved|doubled|tripled|quadrupled|tenfold)',
			`(?:fell|dropped|rose|grew|climbed|increased|decreased|reduced|cut|shrank|improved|sped up|went (?:up|down)) (?:[a-z]+ ){0,4}?(?:(?:by|to) )?(?:(?:about|around|roughly|over|under|almost|nearly) )?(?:${NUMBER}|zero|none)`,
			'instead of', '(?:nobody|no one|none of them) (?:left|quit|resigned)',
			'(?:hit|met|made) (?:the|our|their|that) (?:date|deadline|target|goal|launch)',
			'\\d+(?:\\.\\d+)?\\s?(?:%|percent|per cent|pp|percentage points)',
			'[$£€]\\s?\\d',
			'(?:no|zero|not a single|not one|none of the) (?:[a-z]+[- ]){0,2}(?:outages?|incidents?|pages?|escalations?|complaints?|regressions?|bugs?|defects?|leavers|departures|rollbacks?|failures?|misses|delays?|attrition)',
			'no longer', 'stopped', '(?:stayed|kept|held|remained) (?:under|below|above|over|at|within)',
			'(?:on time|on schedule|on budget|ahead of schedule|ahead of time)',
			`(?:a|${NUMBER}) (?:days?|weeks?|months?) (?:late|early|ahead)`
		],
		/** Results that need no number: a state that changed for good. */
		// prettier-ignore
		states: [
			'promoted', 'got (?:the|a|her|his|their) promotion', 'renewed', 'signed', 'shipped', 'launched',
			'released', 'went live', 'closed', 'hired', 'retained', 'stayed', 'still (?:on|with|at|in|here|there|running|used|going|working)',
			'to this day', 'passed', 'approved', 'funded', 'won', 'saved', 'published', 'adopted', 'rolled out',
			'landed', 'got the (?:quarter|budget|headcount|funding|go-ahead|role|job|offer)', 'agreed', 'accepted',
			'turned (?:it )?around', 'left the company', 'resigned', 'was let go', 'moved on', 'cancell?ed',
			'canceled', 'shut (?:it )?down', 'rolled (?:it )?back', 'scrapped'
		],
		/** Counts of work done are activity, not outcome: "closed 140 tickets", "twelve demos". */
		// prettier-ignore
		activity: [
			'tickets?', 'demos?', 'meetings?', 'workshops?', 'sessions?', 'syncs?', 'interviews?', 'onsites?',
			'candidates?', 'calls?', 'emails?', 'docs?', 'documents?', 'pull requests?', 'PRs?', 'commits?',
			'stories', 'story points', 'tasks?', 'modules?', 'retros?', '1:1s?', 'one-to-ones?', 'surveys?',
			'presentations?', 'trainings?', 'talks?', 'posts?', 'updates?', 'check-ins?', 'standups?',
			'stand-ups?', 'reviews?', 'hiring syncs?'
		],
		/** Numbers that count activity: a number, up to two words, then one of the activity nouns. */
		activityWords: 2
	},
	ownership: {
		/** "I" as the one acting. "I'd" and "I'll" are plans, not actions, so they don't count. */
		singular: ['I', "I'm", "I've"],
		/** Plans and habits, read whole so their "I" is not counted as acting. */
		planning: ["I'd", "I'll", 'I would', 'I will'],
		/** "we" as the one acting. */
		plural: ['we', "we're", "we've", "we'd", "we'll"],
		/** Polish when "we" forms outnumber "I" forms at all… */
		maxWePerI: 1,
		/** …must fix past this many per "I", or with no "I" at all. */
		farWePerI: 2
	},
	relevance: {
		/** Questions about one other person: the Action should mention them. */
		aboutAPerson:
			/\b(?:someone|somebody|a person|a report|a peer|a colleague|a candidate|a hire|an? (?:engineer|report|manager|developer|tech lead|high performer|team member)|your (?:own )?manager|one of your reports|a member of your team)\b/i,
		/** One person in the Action: he/she, a name mid-sentence, or a role ("my report"). */
		// prettier-ignore
		person: [
			'he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself',
			'(?:the|my|this|that|our new|the new) (?:person|engineer|report|hire|candidate|manager|developer|peer|colleague|lead|designer|intern|director|skip-level)'
		]
	},
	reflection: {
		/** Saying what you learned, changed, or would do differently; in any part. */
		// prettier-ignore
		phrases: [
			'(?:I|we) (?:learned|learnt)', "I've (?:learned|learnt)", 'I have (?:learned|learnt)', 'taught (?:me|us)',
			'lessons?', 'takeaways?', 'what I took (?:from|away)', 'I took away', 'took from (?:it|that)',
			'next time', '(?:in|with) hindsight', 'looking back', 'in retrospect', 'if I did (?:it|that|this) again',
			'if I (?:had|ran|were) to do (?:it|that|this) again', 'if I ran (?:it|that|this) again',
			"(?:I'd|I would) (?:do|handle|run|approach) (?:it|that|this|things) differently", 'do (?:it |things )?differently',
			'done differently', "(?:the part|the thing|one thing|what) I'd (?:change|tell myself|do differently)",
			"(?:what|the thing|one thing) I (?:would|'d) change", 'I should have', 'I wish I',
			'(?:these days|nowadays|since then|ever since|from then on|now),? (?:I|we)', 'I now', 'I still',
			"I've (?:kept|made it|carried|used|reused|done that|stuck)", "I've [^.!?]{0,80} since", 'changed how I', 'made me (?:more|less|much|a better|realise|realize|think)',
			'what (?:it|that) (?:showed|taught) me', 'I (?:realised|realized) that I',
			'if I were (?:doing|to do) (?:it|that|this) (?:again|over)', 'my (?:big |main |key )?learning',
			'habit', 'shaped how I',
			'I (?:came|walked) away', 'from (?:that|then) on', 'it reminded me'
		],
		/** A question that asks what you learned makes a missing lesson must-fix. */
		asks: /\b(?:learn|learned|learnt|lessons?|teach|taught|differently)\b/i
	},
	shape: {
		/** Below this many words the balance says little, so the check waits. */
		minWords: 80,
		/** Set-up (Situation + Task) to aim under, as shown in the detail. */
		aimSetupShare: 0.25,
		/** Polish over this: the Task carries the stakes, so set-up gets room. */
		maxSetupShare: 0.35,
		/** Must fix over this: most of the answer is background. */
		farSetupShare: 0.55,
		/** An Action under this many words is thin once the answer is long enough to judge. */
		minActionWords: 60,
		/** …judged from this many words in all. */
		thinActionFrom: 150
	},
	length: {
		/** Default target when the round sets none: two minutes spoken. */
		targetSeconds: 120,
		/** Flag beyond target × this (180 s for the default target). */
		overRatio: 1.5,
		/** Flag under target × this (60 s). */
		underRatio: 0.5
	},
	hedging: {
		/** Hedges that make you sound unsure of your own story, matched as whole words. */
		// prettier-ignore
		phrases: [
			'sort of', 'kind of', 'kinda', 'sorta', 'basically', 'maybe', 'I guess', 'I suppose',
			'I think', 'I feel like', 'perhaps', 'probably', 'somewhat', 'more or less', 'pretty much',
			'a little bit', 'to some extent', 'I believe', 'hopefully'
		],
		/** Flag from this many in the whole answer: one "maybe" is speech, two is a habit. */
		minCount: 2,
		/** …and at least one per this many words, so a long answer is judged by its density. */
		wordsPerHedge: 200,
		/** "kind of"/"sort of" after these is a noun ("this kind of outage"), not a hedge. */
		nounSense: {
			phrases: ['kind of', 'sort of'],
			after: [
				'this',
				'that',
				'these',
				'those',
				'the',
				'what',
				'which',
				'any',
				'every',
				'same',
				'a',
				'one'
			]
		}
	},
	longSentences: {
		/** A sentence longer than this many words is hard to follow when spoken… */
		maxWords: 45,
		/** …unless it is a spoken list: no clause between commas longer than this. */
		maxClauseWords: 20,
		/** Flag when at least this many sentences run long: one long sentence is speech. */
		minCount: 2
	},
	jargon: {
		/** Flag from this many buzzwords: one "leverage" is a slip, two are a style. */
		minCount: 2,
		starter: STARTER_JARGON
	}
};

export type CoachRules = typeof COACH_RULES;

const CHECK_TEXT: Record<CoachCheckId, { name: string; flaw: string; why: string }> = {
	'real-story': {
		name: 'Real story',
		flaw: 'Hypothetical, not a real story',
		why: 'Interviewers score what you did, once, in a real situation: “I would…” only tells them what you think you’d do.'
	},
	accountability: {
		name: 'Accountability',
		flaw: 'Blame: others at fault, no mistake of your own',
		why: 'On failure and conflict questions interviewers listen for what you own; blaming others is the red flag they weigh most.'
	},
	outcome: {
		name: 'Outcome',
		flaw: 'No outcome: what changed?',
		why: 'A Result says what changed because of you: a before and after, or something anyone could check. Counts of meetings or tickets are activity.'
	},
	ownership: {
		name: 'Ownership',
		flaw: 'Your part is unclear: “we”, not “I”',
		why: 'The interviewer is hiring you, not your team: they need to hear what you did.'
	},
	relevance: {
		name: 'Answers the question',
		flaw: 'May answer a different question',
		why: 'A strong story to another question still scores poorly: the interviewer marks what they asked.'
	},
	length: {
		name: 'Length',
		flaw: 'Far off the time',
		why: 'Two to three minutes holds attention and leaves room for follow-up questions.'
	},
	shape: {
		name: 'Shape',
		flaw: 'Long set-up',
		why: 'A short set-up leaves time for your actions, which is what the question tests.'
	},
	reflection: {
		name: 'Reflection',
		flaw: 'No lesson: what did you take from it?',
		why: 'What you learned or now do differently shows self-awareness, which EM interviews probe for.'
	},
	hedging: {
		name: 'Hedging',
		flaw: 'Hedging: you sound unsure',
		why: 'Hedges make you sound unsure of your own story.'
	},
	'long-sentences': {
		name: 'Sentence length',
		flaw: 'Long sentences',
		why: 'A long sentence is hard to follow by ear; the listener loses the thread.'
	},
	jargon: {
		name: 'Jargon',
		flaw: 'Jargon hides what happened',
		why: 'Buzzwords hide what actually happened from an interviewer outside your company.'
	}
};

const positive = (n: number | undefined) =>
	n !== undefined && n > 0 && Number.isFinite(n) ? n : undefined;

/** The first `max` characters of `text`, cut at a space so no word is read in half. */
function readable(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.lastIndexOf(' ', max);
	return text.slice(0, cut > 0 ? cut : max);
}

const SEVERITY_ORDER = (c: CoachCheck) =>
	c.status !== 'flag' ? 2 : c.severity === 'must-fix' ? 0 : 1;

/**
 * Runs every coach check on `answer`. Pure and fast enough to run on each keystroke (patterns are
 * compiled once); never throws, whatever the text. Invalid (zero, negative, NaN) `wordsPerMinute`
 * or `targetSeconds` fall back to the defaults.
 */
export function coachAnswer(
	answer: Partial<Record<StarPart, string>>,
	options: CoachOptions = {}
): CoachReport {
	// Tolerate a draft record with a part missing or not a string.
	const text = Object.fromEntries(
		STAR_PARTS.map((p) => [p, typeof answer?.[p] === 'string' ? answer[p] : ''])
	) as Record<StarPart, string>;
	const wordsPerMinute = positive(options.wordsPerMinute) ?? DEFAULT_WORDS_PER_MINUTE;
	const targetSeconds = positive(options.targetSeconds) ?? COACH_RULES.length.targetSeconds;
	const stats = starStats(text, wordsPerMinute);
	const missing = STAR_PARTS.filter((p) => stats.words[p] === 0);
	const report = (state: CoachReport['state'], checks: CoachCheck[] = []): CoachReport => ({
		state,
		words: stats.total,
		checks,
		mustFix: checks.filter((c) => c.severity === 'must-fix').length,
		polish: checks.filter((c) => c.severity === 'polish').length,
		missing
	});
	const all = STAR_PARTS.map((p) => text[p]).join('\n');
	if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(all)) return report('empty');
	if (!looksEnglish(all)) return report('not-english');
	if (stats.total < COACH_RULES.minWords) return report('short');

	const { question } = options;
	const read = Object.fromEntries(
		STAR_PARTS.map((p) => [p, readable(text[p], COACH_RULES.maxReadChars)])
	) as Record<StarPart, string>;
	const findings: Record<CoachCheckId, CoachFinding> = {
		'real-story': checkRealStory(read.action, question, COACH_RULES.realStory),
		accountability: checkAccountability(
			read,
			probesAccountability(question),
			COACH_RULES.accountability
		),
		outcome: checkOutcome(read.result, COACH_RULES.outcome),
		ownership: checkOwnership(read.action, COACH_RULES.ownership),
		relevance: checkRelevance(read.action, question, COACH_RULES.relevance),
		length: checkLength(stats, wordsPerMinute, targetSeconds, COACH_RULES.length),
		shape: checkShape(stats, COACH_RULES.shape),
		reflection: checkReflection(read, question, COACH_RULES.reflection),
		hedging: checkHedging(
			read,
			// Hedges are judged by density over what was read.
			STAR_PARTS.some((p) => read[p] !== text[p])
				? STAR_PARTS.reduce((n, p) => n + countWords(read[p]), 0)
				: stats.total,
			COACH_RULES.hedging
		),
		'long-sentences': checkLongSentences(read, COACH_RULES.longSentences),
		jargon: checkJargon(read, options.jargon ?? COACH_RULES.jargon.starter, COACH_RULES.jargon)
	};
	const redFlags = question?.redFlags ?? [];
	const checks = COACH_CHECK_IDS.map((id): CoachCheck => {
		const { status, severity, title, detail, triggers } = findings[id];
		const flagged = status === 'flag';
		return {
			id,
			title: flagged ? (title ?? CHECK_TEXT[id].flaw) : CHECK_TEXT[id].name,
			status,
			severity: flagged ? (severity ?? 'polish') : null,
			detail,
			why: CHECK_TEXT[id].why,
			triggers,
			redFlag: flagged ? matchRedFlag(id, redFlags) : null
		};
	});
	// Sort is stable: within a severity, the order of COACH_CHECK_IDS holds.
	return report(
		'judged',
		checks.sort((a, b) => SEVERITY_ORDER(a) - SEVERITY_ORDER(b))
	);
}
