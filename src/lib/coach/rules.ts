/**
 * The answer coach: plain, explainable checks on a STAR answer, computed on the device. Every
 * threshold and word list is in `COACH_RULES` below, so what the coach looks for is never hidden.
 */
import { DEFAULT_WORDS_PER_MINUTE, STAR_PARTS, starStats } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import {
	checkEvidence,
	checkLength,
	checkOwnership,
	checkReflection,
	checkShape
} from './story-checks';
import { checkHedging, checkJargon, checkLongSentences } from './writing-checks';

export { highlightRanges, type HighlightPart } from './text-ranges';

/** What the coach checks, in the order the panel lists them. */
export const COACH_CHECK_IDS = [
	'ownership',
	'evidence',
	'reflection',
	'shape',
	'length',
	'hedging',
	'long-sentences',
	'jargon'
] as const;

export type CoachCheckId = (typeof COACH_CHECK_IDS)[number];

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
	title: string;
	/** 'empty': the part this check reads has no text yet, so there is nothing to judge. */
	status: 'pass' | 'flag' | 'empty';
	/** One line on what was found, e.g. "“we/us/our” 7 times, “I/me/my” twice in Action". */
	detail: string;
	/** One line on why interviewers care. */
	why: string;
	/**
	 * What the check found, in STAR order: the words that flag it (the "we" forms, the hedges) or,
	 * for evidence and reflection, what made it pass. The UI decides which to mark.
	 */
	triggers: CoachTrigger[];
}

/** What a single check works out; `coachAnswer` adds the id, title and why. */
export type CoachFinding = Pick<CoachCheck, 'status' | 'detail' | 'triggers'>;

export interface CoachOptions {
	/** The user's measured speaking rate; 140 until known. */
	wordsPerMinute?: number;
	/** Spoken length to aim for, in seconds (120 unless the practice round sets one). */
	targetSeconds?: number;
	/** Words and phrases the user wants to avoid (from settings); matched whole, any case. */
	jargon?: string[];
}

/** Every threshold and word list the coach uses. Change them here; the tests pin the defaults. */
export const COACH_RULES = {
	ownership: {
		/** First person singular: what you did. */
		singular: ['I', "I'm", "I've", "I'd", "I'll", 'me', 'my', 'mine', 'myself'],
		/** First person plural: what the team did. */
		plural: ['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves'],
		/** Flag when "we" forms outnumber "I" forms by more than this factor (1: any more at all). */
		maxWePerI: 1
	},
	evidence: {
		/** Numbers, dates or durations a Result needs to pass. */
		minInResult: 1,
		/** Spelled-out numbers. "one" is left out: "one of the engineers" is not a measure. */
		// prettier-ignore
		numberWords: [
			'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
			'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
			'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'dozen',
			'dozens'
		],
		/** Words after a number that belong to it, so "2 million dollars" is marked as one. */
		// prettier-ignore
		units: [
			'%', 'percent', 'per cent', 'percentage points', 'pp', 'x', 'fold', 'times', 'k', 'm', 'bn',
			'hundred', 'thousand', 'million', 'billion', 'dollars', 'pounds', 'euros', 'ms',
			'milliseconds', 'seconds', 'minutes', 'mins', 'hours', 'hrs', 'days', 'day', 'weeks', 'week',
			'months', 'month', 'quarters', 'quarter', 'years', 'year', 'sprints', 'sprint', 'thirds'
		],
		/** Evidence on their own. "May" is left out: it is mostly the verb. */
		// prettier-ignore
		terms: [
			'half', 'halved', 'doubled', 'tripled', 'quadrupled', 'twice', 'tenfold', 'a third',
			'a quarter', 'an hour', 'a day', 'a week', 'a fortnight', 'a month', 'a year', 'overnight',
			'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October',
			'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
			'Sunday'
		]
	},
	reflection: {
		/** A sentence with one of these, in any part, shows what you learned or would change. */
		// prettier-ignore
		phrases: [
			'I learned', 'I learnt', "I've learned", "I've learnt", 'I have learned', 'we learned',
			'we learnt', 'taught me', 'taught us', 'lesson', 'lessons', 'takeaway', 'next time',
			'in hindsight', 'with hindsight', 'looking back', 'in retrospect', 'I would do differently',
			"I'd do differently", 'do differently', 'do it differently', 'done differently',
			'do things differently', 'I should have', 'I wish I had', 'if I did it again',
			'if I had to do it again', 'since then I', 'since then we', 'now I always', 'I now always',
			'I realised', 'I realized', 'changed how I'
		]
	},
	shape: {
		/** Below this many words the balance says little, so the check waits. */
		minWords: 60,
		/** Set-up (Situation + Task) to aim under, as shown in the detail. */
		aimSetupShare: 0.2,
		/** Flag a set-up over this: past a quarter, so a draft at 21% isn't nagged. */
		maxSetupShare: 0.25,
		/** Action to aim for, as shown in the detail. */
		aimActionShare: 0.6,
		/** Flag Action under this share. */
		minActionShare: 0.45
	},
	length: {
		/** Default target when the round sets none: two minutes spoken. */
		targetSeconds: 120,
		/** Flag beyond target × this (180 s for the default target). */
		overRatio: 1.5,
		/** Flag under target × this (60 s), once there is any text. */
		underRatio: 0.5
	},
	hedging: {
		/** Hedges and filler, matched as whole words in any case. */
		// prettier-ignore
		phrases: [
			'sort of', 'kind of', 'basically', 'I think maybe', 'maybe', 'just', 'really', 'very',
			'a bit', 'a little bit', 'somewhat', 'I guess', 'I suppose', 'I feel like', 'perhaps',
			'probably', 'actually', 'literally', 'more or less', 'pretty much'
		],
		/** Pass with up to this many in the whole answer: one "really" is speech, five is a habit. */
		maxCount: 2,
		/** "kind of"/"sort of" after these is a noun ("this kind of outage"), not a hedge. */
		nounSense: {
			phrases: ['kind of', 'sort of'],
			after: ['this', 'that', 'these', 'those', 'the', 'what', 'which', 'any', 'every', 'same']
		}
	},
	longSentences: {
		/** Flag sentences longer than this many words: hard to follow when spoken. */
		maxWords: 35
	}
};

export type CoachRules = typeof COACH_RULES;

const CHECK_TEXT: Record<CoachCheckId, { title: string; why: string }> = {
	ownership: {
		title: 'Ownership',
		why: 'The interviewer is hiring you, not your team: they need to hear what you did.'
	},
	evidence: {
		title: 'Evidence',
		why: 'Numbers make the outcome checkable and show you measured your impact.'
	},
	reflection: {
		title: 'Reflection',
		why: 'What you learned or would change shows self-awareness, which EM interviews probe for.'
	},
	shape: {
		title: 'Shape',
		why: 'A short set-up leaves time for your actions, which is what the question tests.'
	},
	length: {
		title: 'Length',
		why: 'Two to three minutes holds attention and leaves room for follow-up questions.'
	},
	hedging: {
		title: 'Hedging',
		why: 'Hedges and filler make you sound unsure of your own story.'
	},
	'long-sentences': {
		title: 'Long sentences',
		why: 'A long sentence is hard to follow by ear; the listener loses the thread.'
	},
	jargon: {
		title: 'Jargon',
		why: 'Buzzwords and in-house terms hide what actually happened from an outside interviewer.'
	}
};

const positive = (n: number | undefined) =>
	n !== undefined && n > 0 && Number.isFinite(n) ? n : undefined;

/**
 * Runs every coach check on `answer` and returns them in `COACH_CHECK_IDS` order. Pure and fast
 * enough to run on each keystroke; never throws on empty or partial drafts. Invalid (zero,
 * negative, NaN) `wordsPerMinute` or `targetSeconds` fall back to the defaults.
 */
export function coachAnswer(
	answer: Record<StarPart, string>,
	options: CoachOptions = {}
): CoachCheck[] {
	// Tolerate a draft record with a part missing.
	const text = Object.fromEntries(STAR_PARTS.map((p) => [p, answer[p] ?? ''])) as Record<
		StarPart,
		string
	>;
	const wordsPerMinute = positive(options.wordsPerMinute) ?? DEFAULT_WORDS_PER_MINUTE;
	const targetSeconds = positive(options.targetSeconds) ?? COACH_RULES.length.targetSeconds;
	const stats = starStats(text, wordsPerMinute);
	const findings: Record<CoachCheckId, CoachFinding> = {
		ownership: checkOwnership(text.action, COACH_RULES.ownership),
		evidence: checkEvidence(text.result, COACH_RULES.evidence),
		reflection: checkReflection(text, COACH_RULES.reflection),
		shape: checkShape(stats, COACH_RULES.shape),
		length: checkLength(stats, wordsPerMinute, targetSeconds, COACH_RULES.length),
		hedging: checkHedging(text, stats.total, COACH_RULES.hedging),
		'long-sentences': checkLongSentences(text, stats.total, COACH_RULES.longSentences),
		jargon: checkJargon(text, stats.total, options.jargon ?? [])
	};
	return COACH_CHECK_IDS.map((id) => ({ id, ...CHECK_TEXT[id], ...findings[id] }));
}
