/** Checks on how the answer is written: hedges and filler, long sentences, the user's jargon. */
import { countWords, STAR_PARTS } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { PART_NAMES, tally } from './check-wording';
import type { CoachFinding, CoachRules, CoachTrigger } from './rules';
import { findTerms, normalizeTerm, sentenceRanges, type TermMatch } from './text-ranges';

const NOTHING_YET: CoachFinding = { status: 'empty', detail: 'Nothing written yet.', triggers: [] };

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

/** Hedging: hedges and filler anywhere; triggers are each occurrence. */
export function checkHedging(
	answer: Record<StarPart, string>,
	totalWords: number,
	rules: CoachRules['hedging']
): CoachFinding {
	if (totalWords === 0) return NOTHING_YET;
	const nounPhrases = new Set(rules.nounSense.phrases.map(normalizeTerm));
	const after = new Set(rules.nounSense.after.map(normalizeTerm));
	const found = findInAnswer(answer, rules.phrases).filter((m) => {
		if (!nounPhrases.has(normalizeTerm(m.term))) return true;
		// The word just before is enough; look back a few dozen characters, not the whole part.
		const lead = answer[m.part].slice(Math.max(0, m.start - 40), m.start);
		const before = /([\p{L}'’]+)\s+$/u.exec(lead)?.[1];
		return !(before && after.has(normalizeTerm(before)));
	});
	return {
		status: found.length > rules.maxCount ? 'flag' : 'pass',
		detail: found.length === 0 ? 'No hedges or filler.' : tally(found),
		triggers: found.map(toTrigger)
	};
}

/** Long sentences: any over the word limit, in any part; triggers are those sentences. */
export function checkLongSentences(
	answer: Record<StarPart, string>,
	totalWords: number,
	rules: CoachRules['longSentences']
): CoachFinding {
	if (totalWords === 0) return NOTHING_YET;
	const sentences = STAR_PARTS.flatMap((part) =>
		sentenceRanges(answer[part]).map((s) => ({ part, ...s, words: countWords(s.text) }))
	);
	const longest = sentences.reduce((a, b) => (b.words > a.words ? b : a), sentences[0]);
	const long = sentences.filter((s) => s.words > rules.maxWords);
	if (long.length === 0)
		return {
			status: 'pass',
			detail: `Longest sentence ${longest?.words ?? 0} words (limit ${rules.maxWords})`,
			triggers: []
		};
	const count = long.length === 1 ? 'One sentence' : `${long.length} sentences`;
	return {
		status: 'flag',
		detail: `${count} over ${rules.maxWords} words; the longest, in ${PART_NAMES[longest.part]}, has ${longest.words}`,
		triggers: long.map(toTrigger)
	};
}

/** Jargon: the user's own list, matched whole in any case; passes when the list is empty. */
export function checkJargon(
	answer: Record<StarPart, string>,
	totalWords: number,
	jargon: readonly string[]
): CoachFinding {
	if (totalWords === 0) return NOTHING_YET;
	const listed = new Set(jargon.map(normalizeTerm).filter(Boolean)).size;
	if (listed === 0)
		return {
			status: 'pass',
			detail: 'No jargon list yet: add words to avoid under “Your jargon list”.',
			triggers: []
		};
	const found = findInAnswer(answer, jargon);
	if (found.length === 0)
		return {
			status: 'pass',
			detail:
				listed === 1
					? 'The term on your jargon list is not used.'
					: `None of the ${listed} terms on your jargon list.`,
			triggers: []
		};
	return { status: 'flag', detail: tally(found), triggers: found.map(toTrigger) };
}
