/** Checks on how the answer is written: hedges, long sentences, jargon. All of them are polish. */
import { countWords, STAR_PARTS } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { PART_NAMES, tally } from './check-wording';
import { stemmedPattern } from './patterns';
import type { CoachFinding, CoachRules, CoachTrigger } from './rules';
import { findTerms, normalizeTerm, sentenceRanges, type TermMatch } from './text-ranges';

const toTrigger = ({ part, start, end, text }: CoachTrigger): CoachTrigger => ({
	part,
	start,
	end,
	text
});

/** Each part's matches of `terms`, in STAR order, tagged with their part. */
function findInAnswer(
	answer: Record<StarPart, string>,
	terms: readonly string[]
): (TermMatch & { part: StarPart })[] {
	return STAR_PARTS.flatMap((part) => findTerms(answer[part], terms).map((m) => ({ part, ...m })));
}

const nounSenseCache = new WeakMap<
	CoachRules['hedging'],
	{ phrases: Set<string>; after: Set<string> }
>();

/** Hedging: hedges anywhere, flagged by count and density; triggers are each occurrence. */
export function checkHedging(
	answer: Record<StarPart, string>,
	totalWords: number,
	rules: CoachRules['hedging']
): CoachFinding {
	let noun = nounSenseCache.get(rules);
	if (!noun) {
		noun = {
			phrases: new Set(rules.nounSense.phrases.map(normalizeTerm)),
			after: new Set(rules.nounSense.after.map(normalizeTerm))
		};
		nounSenseCache.set(rules, noun);
	}
	const { phrases, after } = noun;
	const found = findInAnswer(answer, rules.phrases).filter((m) => {
		if (!phrases.has(normalizeTerm(m.term))) return true;
		// The word just before is enough; look back a few dozen characters, not the whole part.
		const lead = answer[m.part].slice(Math.max(0, m.start - 40), m.start);
		const before = /([\p{L}'’]+)\s+$/u.exec(lead)?.[1];
		return !(before && after.has(normalizeTerm(before)));
	});
	const limit = Math.max(rules.minCount, Math.ceil(totalWords / rules.wordsPerHedge));
	const flagged = found.length >= limit;
	return {
		status: flagged ? 'flag' : 'pass',
		severity: 'polish',
		detail:
			found.length === 0
				? 'No hedges.'
				: flagged
					? `${found.length} hedges in ${totalWords} words: say what you did plainly.`
					: tally(found),
		triggers: found.map(toTrigger)
	};
}

/**
 * Long sentences: several over the word limit, in any part. A spoken list (no clause between
 * commas over the clause limit) is easy to follow however long, so it does not count.
 */
export function checkLongSentences(
	answer: Record<StarPart, string>,
	rules: CoachRules['longSentences']
): CoachFinding {
	const long = STAR_PARTS.flatMap((part) =>
		sentenceRanges(answer[part])
			.map((s) => ({ part, ...s, words: countWords(s.text) }))
			.filter(
				(s) =>
					s.words > rules.maxWords &&
					s.text.split(/[,;:–—]/).some((clause) => countWords(clause) > rules.maxClauseWords)
			)
	);
	if (long.length < rules.minCount)
		return {
			status: 'pass',
			detail:
				long.length === 0
					? `No hard-to-follow sentence over ${rules.maxWords} words.`
					: `One sentence over ${rules.maxWords} words; one is fine.`,
			triggers: []
		};
	const longest = long.reduce((a, b) => (b.words > a.words ? b : a));
	return {
		status: 'flag',
		severity: 'polish',
		detail: `${long.length} sentences over ${rules.maxWords} words; the longest, in ${PART_NAMES[longest.part]}, has ${longest.words}. Split them where you would breathe.`,
		triggers: long.map(toTrigger)
	};
}

/** Jargon: the list (the user's, or the starter list) matched with simple stemming. */
export function checkJargon(
	answer: Record<StarPart, string>,
	list: readonly string[],
	rules: CoachRules['jargon']
): CoachFinding {
	const compiled = stemmedPattern(list);
	if (!compiled) return { status: 'skip', detail: 'Your jargon list is empty.', triggers: [] };
	const { pattern, terms } = compiled;
	const found: (TermMatch & { part: StarPart })[] = [];
	for (const part of STAR_PARTS) {
		const text = answer[part];
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			let group = 1;
			while (m[group] === undefined) group++;
			found.push({
				part,
				start: m.index,
				end: m.index + m[0].length,
				text: m[0],
				term: terms[group - 1]
			});
		}
	}
	if (found.length < rules.minCount)
		return {
			status: 'pass',
			detail: found.length === 0 ? 'No jargon from your list.' : `${tally(found)}: one is fine.`,
			triggers: []
		};
	return {
		status: 'flag',
		severity: 'polish',
		detail: `${found.length} buzzwords: say what actually happened instead.`,
		triggers: found.map(toTrigger)
	};
}
