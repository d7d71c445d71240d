/** How the coach words the one-line "what was found" of a check. */
import { STAR_LABELS } from '$lib/answers/star-stats';
import { normalizeTerm, type TermMatch } from './text-ranges';

/** The parts as the user sees them named. */
export const PART_NAMES = STAR_LABELS;

/** "never", "once", "twice", "3 times". */
export const times = (n: number) =>
	n === 0 ? 'never' : n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;

/** Curly-quoted, line breaks and runs of spaces folded, so a quote stays on one line. */
export const quote = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

/** "a, b and c", or "a, b, c, d and 4 more" past `max`. */
export function listItems(items: readonly string[], max = 4): string {
	const shown = items.slice(0, max);
	const more = items.length - shown.length;
	if (more > 0) return `${shown.join(', ')} and ${more} more`;
	return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
}

/** "“a”, “b” and “c”", or "“a”, “b”, “c”, “d” and 4 more" past `max`. */
export const listQuoted = (texts: readonly string[], max = 4) => listItems(texts.map(quote), max);

/** "“just” 3 times, “sort of” once": matches counted per list entry, most frequent first. */
export function tally(matches: readonly TermMatch[], max = 4): string {
	const counts = new Map<string, { term: string; count: number }>();
	for (const { term } of matches) {
		const key = normalizeTerm(term);
		const entry = counts.get(key) ?? { term, count: 0 };
		entry.count++;
		counts.set(key, entry);
	}
	// Sort is stable, so equal counts keep the order they first appeared in.
	const sorted = [...counts.values()].sort((a, b) => b.count - a.count);
	const shown = sorted.slice(0, max).map(({ term, count }) => `${quote(term)} ${times(count)}`);
	const more = sorted.length - shown.length;
	return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
