/**
 * Checks on what the answer tells: who acted, what it achieved in numbers, what was learned, how
 * the parts are balanced and how long it takes to say.
 */
import { countWords, formatDuration, STAR_PARTS, type StarStats } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { PART_NAMES, listItems, listQuoted, times } from './check-wording';
import type { CoachFinding, CoachRules, CoachTrigger } from './rules';
import { escapeRegExp, findTerms, type TextRange } from './text-ranges';

const inPart = (part: StarPart, { start, end, text }: TextRange): CoachTrigger => ({
	part,
	start,
	end,
	text
});

/** Ownership: "I" against "we" in Action; triggers are the "we" forms. */
export function checkOwnership(action: string, rules: CoachRules['ownership']): CoachFinding {
	if (countWords(action) === 0) return { status: 'empty', detail: 'No Action yet.', triggers: [] };
	// "US" in capitals is the country, not "us".
	const we = findTerms(action, rules.plural).filter((m) => m.text !== 'US');
	const i = findTerms(action, rules.singular).length;
	const flagged = i === 0 || we.length > i * rules.maxWePerI;
	return {
		status: flagged ? 'flag' : 'pass',
		detail: `“we/us/our” ${times(we.length)}, “I/me/my” ${times(i)} in Action`,
		triggers: we.map((m) => inPart('action', m))
	};
}

/** Numbers with what follows them ("2 million dollars", "3-week", "40%") and periods ("Q3 FY24"). */
function quantityPattern(rules: CoachRules['evidence']): RegExp {
	const alternatives = (words: readonly string[]) =>
		[...words]
			.sort((a, b) => b.length - a.length)
			.map((w) => escapeRegExp(w).replace(/ /g, '[ \\u00A0]+'))
			.join('|');
	const space = '[ \\u00A0]';
	const number = `(?:[$£€¥]${space}?)?(?:\\d+(?:[.,]\\d+)*|${alternatives(rules.numberWords)})`;
	const units = `(?:[ \\u00A0-]?(?:${alternatives(rules.units)})(?![\\p{L}\\p{N}_]))*`;
	const period = `(?:Q[1-4]|H[12])(?:${space}?(?:FY)?['’]?\\d{2,4})?|FY${space}?['’]?\\d{2,4}`;
	// Clock times and "1:1s" are not results; hyphens may join a number to its unit ("3-week").
	return new RegExp(
		`(?<![\\p{L}\\p{N}_]|\\d:)(?:${period}|${number}${units})(?![\\p{L}\\p{N}_]|:\\d)`,
		'giu'
	);
}

/** "1. " or "2) " starting a line numbers a list; it is not a measure. */
const isListNumber = (text: string, r: TextRange) =>
	/^\d+$/.test(r.text) &&
	/^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', r.start - 1) + 1, r.start)) &&
	/^[.)]\s/.test(text.slice(r.end, r.end + 2));

/** Where two finds overlap, keeps the earlier (then the longer), so nothing is marked twice. */
function withoutOverlaps<T extends TextRange>(ranges: T[]): T[] {
	const kept: T[] = [];
	for (const r of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
		if (r.start >= (kept.at(-1)?.end ?? 0)) kept.push(r);
	}
	return kept;
}

/** Evidence: numbers, money, dates and durations in Result; triggers are what was found. */
export function checkEvidence(result: string, rules: CoachRules['evidence']): CoachFinding {
	if (countWords(result) === 0) return { status: 'empty', detail: 'No Result yet.', triggers: [] };
	const quantities: TextRange[] = [...result.matchAll(quantityPattern(rules))]
		.map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
		.filter((r) => !isListNumber(result, r));
	const found = withoutOverlaps([...quantities, ...findTerms(result, rules.terms)]);
	if (found.length < rules.minInResult)
		return {
			status: 'flag',
			detail: 'No numbers, dates or durations in Result.',
			triggers: []
		};
	return {
		status: 'pass',
		detail: `Found ${listQuoted(found.map((r) => r.text))} in Result`,
		triggers: found.map((r) => inPart('result', r))
	};
}

/** Reflection: a phrase on learning or doing differently, in any part; triggers are the phrases. */
export function checkReflection(
	answer: Record<StarPart, string>,
	rules: CoachRules['reflection']
): CoachFinding {
	const triggers = STAR_PARTS.flatMap((part) =>
		findTerms(answer[part], rules.phrases).map((m) => inPart(part, m))
	);
	if (triggers.length > 0) {
		const parts = [...new Set(triggers.map((t) => PART_NAMES[t.part]))];
		return {
			status: 'pass',
			detail: `Found ${listQuoted(triggers.map((t) => t.text))} in ${listItems(parts)}`,
			triggers
		};
	}
	// Reflection usually closes the Result: don't ask for it before the Result is started.
	if (countWords(answer.result) === 0)
		return { status: 'empty', detail: 'No Result yet.', triggers: [] };
	return {
		status: 'flag',
		detail: 'No sentence on what you learned or would do differently.',
		triggers: []
	};
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Shape: the set-up short, Action the bulk. Judged only once there is a draft's worth of words. */
export function checkShape(stats: StarStats, rules: CoachRules['shape']): CoachFinding {
	if (stats.total < rules.minWords)
		return {
			status: 'empty',
			detail: `Balance is judged from ${rules.minWords} words; ${stats.total} so far.`,
			triggers: []
		};
	const setup = stats.share.situation + stats.share.task;
	const flagged = setup > rules.maxSetupShare || stats.share.action < rules.minActionShare;
	const shares = `Set-up ${percent(setup)}, Action ${percent(stats.share.action)}, Result ${percent(stats.share.result)} of ${stats.total} words`;
	return {
		status: flagged ? 'flag' : 'pass',
		detail: flagged
			? `${shares} (aim: set-up under ${percent(rules.aimSetupShare)}, Action about ${percent(rules.aimActionShare)})`
			: shares,
		triggers: []
	};
}

/** Length: estimated speaking time against the target. */
export function checkLength(
	stats: StarStats,
	wordsPerMinute: number,
	targetSeconds: number,
	rules: CoachRules['length']
): CoachFinding {
	if (stats.total === 0) return { status: 'empty', detail: 'Nothing to time yet.', triggers: [] };
	const over = targetSeconds * rules.overRatio;
	const under = targetSeconds * rules.underRatio;
	const spoken = `About ${formatDuration(stats.seconds)} spoken at ${Math.round(wordsPerMinute)} wpm`;
	const target = `target ${formatDuration(targetSeconds)}`;
	if (stats.seconds > over)
		return {
			status: 'flag',
			detail: `${spoken}: over ${formatDuration(over)} (${target})`,
			triggers: []
		};
	if (stats.seconds < under)
		return {
			status: 'flag',
			detail: `${spoken}: under ${formatDuration(under)} (${target})`,
			triggers: []
		};
	return { status: 'pass', detail: `${spoken} (${target})`, triggers: [] };
}
