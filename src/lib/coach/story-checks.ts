/**
 * Checks on what the answer tells, as an interviewer hears it: is it a real story, does it own
 * its part or blame others, did anything change, who acted, does it answer what was asked, and
 * what was learned.
 */
import { countWords, STAR_PARTS } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import type { CoachQuestion } from './accountability';
import { listItems, listQuoted, PART_NAMES, times } from './check-wording';
import { findAll, findGrouped, groupedPattern, matches, phrasePattern } from './patterns';
import type { CoachFinding, CoachRules, CoachTrigger } from './rules';
import { findTerms, type TextRange } from './text-ranges';

const inPart = (part: StarPart, { start, end, text }: TextRange): CoachTrigger => ({
	part,
	start,
	end,
	text
});

const waiting = (part: string): CoachFinding => ({
	status: 'empty',
	detail: `No ${part} yet.`,
	triggers: []
});

/** Each part's matches of a compiled pattern, in STAR order. */
const findInAnswer = (answer: Record<StarPart, string>, pattern: RegExp): CoachTrigger[] =>
	STAR_PARTS.flatMap((part) => findAll(answer[part], pattern).map((m) => inPart(part, m)));

// Two lists read in one pass over the text; the pair is made once per rules object.
const pairs = new WeakMap<object, readonly (readonly string[])[]>();
function pairOf(rules: object, a: readonly string[], b: readonly string[]) {
	let pair = pairs.get(rules);
	if (!pair) {
		pair = [a, b];
		pairs.set(rules, pair);
	}
	return groupedPattern(pair);
}

/**
 * Real story: an Action told in would / I'd / usually / "you" rather than in past-tense verbs is
 * a hypothetical or habitual answer. "What would you do if…" questions are exempt; "How do you
 * approach…" ones are answered in the present, so they only need some real time in the past.
 */
export function checkRealStory(
	action: string,
	question: CoachQuestion | undefined,
	rules: CoachRules['realStory']
): CoachFinding {
	if (countWords(action) === 0) return waiting('Action');
	if (question?.kind === 'hypothetical')
		return {
			status: 'skip',
			detail: 'This question asks what you would do, so “would” fits; a time you did it helps.',
			triggers: []
		};
	const found = findGrouped(action, pairOf(rules, rules.hypothetical, rules.past));
	const markers = found.filter((m) => m.list === 0);
	const past = found.filter(
		(m) => m.list === 1 && !rules.notPast.includes(m.text.toLowerCase())
	).length;
	if (question?.kind === 'approach') {
		const flagged = past === 0 && markers.length > 0;
		return {
			status: flagged ? 'flag' : 'pass',
			severity: 'polish',
			title: 'No real example',
			detail: flagged
				? 'You describe how you work, with no time you did it: add one real example.'
				: `A real example: ${past} past-tense verbs in Action`,
			triggers: []
		};
	}
	const flagged = markers.length > 0 && markers.length > past;
	return {
		status: flagged ? 'flag' : 'pass',
		severity: 'must-fix',
		detail: flagged
			? 'Action says what you would or usually do more than what you did: tell one real time, in the past tense.'
			: `Told in the past tense: ${past} past-tense verbs in Action`,
		triggers: flagged ? markers.map((m) => inPart('action', m)) : []
	};
}

/**
 * Accountability, on questions that probe it: blame of others or of circumstances, when the
 * answer owns no mistake of its own. Triggers are the blaming words.
 */
export function checkAccountability(
	answer: Record<StarPart, string>,
	probed: boolean,
	rules: CoachRules['accountability']
): CoachFinding {
	if (!probed)
		return { status: 'skip', detail: 'This question does not turn on blame.', triggers: [] };
	const pattern = pairOf(rules, rules.owned, rules.blame);
	const owned: CoachTrigger[] = [];
	const blame: CoachTrigger[] = [];
	for (const part of STAR_PARTS)
		for (const m of findGrouped(answer[part], pattern))
			(m.list === 0 ? owned : blame).push(inPart(part, m));
	if (owned.length > 0)
		return {
			status: 'pass',
			detail: `You own your part: ${listQuoted(owned.map((t) => t.text))}`,
			triggers: owned
		};
	if (blame.length === 0) return { status: 'pass', detail: 'No blame of others.', triggers: [] };
	return {
		status: 'flag',
		severity: 'must-fix',
		detail: 'Puts it on others and names no mistake of your own: say what you got wrong.',
		triggers: blame
	};
}

const activityPatterns = new WeakMap<CoachRules['outcome'], RegExp>();

/** A verb, a number, a word or two, then an activity noun: "closed 140 tickets", "held twelve demos". */
function activityPattern(rules: CoachRules['outcome']): RegExp {
	let pattern = activityPatterns.get(rules);
	if (!pattern) {
		const count =
			'(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|dozens? of|a dozen)';
		pattern = phrasePattern([
			// The verb before the count belongs to it: "closed 140 tickets" is one piece of activity.
			`(?:[a-z]+ )?${count}(?: [a-z-]+){0,${rules.activityWords}}? (?:${rules.activity.join('|')})`
		]);
		activityPatterns.set(rules, pattern);
	}
	return pattern;
}

/**
 * Outcome: a Result needs something that changed (a before and after, a checkable number, a
 * state such as promoted or shipped); counts of activity ("140 tickets") are not one.
 */
export function checkOutcome(result: string, rules: CoachRules['outcome']): CoachFinding {
	if (countWords(result) === 0) return waiting('Result');
	const activity = activityPattern(rules);
	const counts = findAll(result, activity);
	const inCount = (r: TextRange) => counts.some((c) => r.start >= c.start && r.end <= c.end);
	// A state or number inside a count of activity ("closed 140 tickets") is not an outcome.
	const found = findGrouped(result, pairOf(rules, rules.change, rules.states))
		.map(({ start, end, text }) => ({ start, end, text }))
		.filter((r) => !inCount(r))
		.sort((a, b) => a.start - b.start || b.end - a.end)
		// Where two finds overlap ("stayed under", "stayed"), keep the first.
		.reduce<TextRange[]>((kept, r) => {
			if (r.start >= (kept.at(-1)?.end ?? 0)) kept.push(r);
			return kept;
		}, []);
	if (found.length > 0)
		return {
			status: 'pass',
			detail: `Found ${listQuoted(found.map((r) => r.text))} in Result`,
			triggers: found.map((r) => inPart('result', r))
		};
	return {
		status: 'flag',
		severity: 'must-fix',
		detail:
			counts.length > 0
				? 'Result counts activity, not what changed because of it: say what was different after.'
				: 'Result does not say what changed: a before and after, a number, or a result such as shipped, promoted or renewed.',
		triggers: counts.map((r) => inPart('result', r))
	};
}

const ownershipLists = new WeakMap<CoachRules['ownership'], string[]>();
const ownershipTerms = (rules: CoachRules['ownership']) => {
	let terms = ownershipLists.get(rules);
	if (!terms) {
		terms = [...rules.singular, ...rules.plural, ...rules.planning];
		ownershipLists.set(rules, terms);
	}
	return terms;
};

/** Ownership: "I" against "we" acting in Action; triggers are the "we" forms. */
export function checkOwnership(action: string, rules: CoachRules['ownership']): CoachFinding {
	if (countWords(action) === 0) return waiting('Action');
	const found = findTerms(action, ownershipTerms(rules));
	const plural = new Set(rules.plural);
	const singular = new Set(rules.singular);
	const we = found.filter((m) => plural.has(m.term));
	const i = found.filter((m) => singular.has(m.term)).length;
	// "I would…" with no "we" is a plan, not a team story: the real-story check says so.
	if (i === 0 && we.length === 0 && found.length > 0)
		return {
			status: 'skip',
			detail: 'Action is said as a plan, not as what happened.',
			triggers: []
		};
	const must = i === 0 || we.length > i * rules.farWePerI;
	const flagged = must || we.length > i * rules.maxWePerI;
	return {
		status: flagged ? 'flag' : 'pass',
		severity: must ? 'must-fix' : 'polish',
		detail:
			i === 0 && we.length === 0
				? 'Action never says “I”: say what you did yourself.'
				: `“we” ${times(we.length)}, “I” ${times(i)} in Action${flagged ? ': say what you did yourself' : ''}`,
		triggers: flagged ? we.map((m) => inPart('action', m)) : []
	};
}

/**
 * Relevance, where it can be told from words: a question about one other person ("someone",
 * "a report") whose Action never mentions a person is likely a story to another question.
 */
export function checkRelevance(
	action: string,
	question: CoachQuestion | undefined,
	rules: CoachRules['relevance']
): CoachFinding {
	if (countWords(action) === 0) return waiting('Action');
	if (!question?.text || !rules.aboutAPerson.test(question.text))
		return { status: 'skip', detail: 'Nothing to compare with the question.', triggers: [] };
	if (matches(action, phrasePattern(rules.person)) || mentionsName(action))
		return {
			status: 'pass',
			detail: 'Action is about the person the question asks about.',
			triggers: []
		};
	return {
		status: 'flag',
		severity: 'polish',
		detail:
			'The question asks about one person, and your Action never mentions them: check the story answers it.',
		triggers: []
	};
}

const NAME = /(?<=[\p{L}\p{N},;:)] +)\p{Lu}\p{Ll}{2,}/gu;
// prettier-ignore
const NOT_NAMES = new Set([
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
	'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
	'Saturday', 'Sunday', 'English'
]);

/** A capitalised word mid-sentence, other than a month or a day: most often a person's name. */
function mentionsName(text: string): boolean {
	NAME.lastIndex = 0;
	for (let m = NAME.exec(text); m; m = NAME.exec(text)) if (!NOT_NAMES.has(m[0])) return true;
	return false;
}

/**
 * Reflection: a sentence on what you learned, now do differently, or would change; in any part.
 * Must fix when the question asks what you learned.
 */
export function checkReflection(
	answer: Record<StarPart, string>,
	question: CoachQuestion | undefined,
	rules: CoachRules['reflection']
): CoachFinding {
	const triggers = findInAnswer(answer, phrasePattern(rules.phrases));
	if (triggers.length > 0) {
		const parts = [...new Set(triggers.map((t) => PART_NAMES[t.part]))];
		return {
			status: 'pass',
			detail: `Found ${listQuoted(triggers.map((t) => t.text))} in ${listItems(parts)}`,
			triggers
		};
	}
	// Reflection usually closes the Result: don't ask for it before the Result is started.
	if (countWords(answer.result) === 0) return waiting('Result');
	const asked = rules.asks.test(question?.text ?? '');
	return {
		status: 'flag',
		severity: asked ? 'must-fix' : 'polish',
		detail: asked
			? 'The question asks what you learned, and the answer does not say.'
			: 'No sentence on what you learned or now do differently.',
		triggers: []
	};
}
