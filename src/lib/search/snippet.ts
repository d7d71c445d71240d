import { stem } from './stem';
import { compoundWords, scanCompounds } from './text';

/** A run of text, marked when it is a matched word. */
export interface HighlightPart {
	text: string;
	match: boolean;
}

/**
 * Where each compound of `text` holding a word whose stem is one of `stems` starts and ends, up
 * to `limit` of them.
 */
function findMatches(
	text: string,
	stems: ReadonlySet<string>,
	limit = Infinity
): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	if (stems.size === 0) return found;
	scanCompounds(text, (compound, start, end) => {
		let hit = false;
		compoundWords(compound, (word) => (hit ||= stems.has(stem(word))));
		if (hit) found.push([start, end]);
		return found.length >= limit;
	});
	return found;
}

/**
 * Splits `text` into parts, marking each word (or hyphenated compound) whose stem is one of
 * `words` (as returned in `SearchResult.words`), so the UI can wrap matches in `<mark>` without
 * `{@html}`.
 */
export function highlight(text: string, words: Iterable<string>): HighlightPart[] {
	const parts: HighlightPart[] = [];
	let at = 0;
	for (const [start, end] of findMatches(text, new Set(words))) {
		if (start > at) parts.push({ text: text.slice(at, start), match: false });
		parts.push({ text: text.slice(start, end), match: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), match: false });
	return parts;
}

/**
 * About `maxLength` characters of `text` around the first of `words`, whitespace collapsed and cut
 * at word boundaries, with `…` where text was cut; the start of the text when nothing matches.
 */
export function snippet(text: string, words: Iterable<string>, maxLength = 160): string {
	// Line breaks separate list items and STAR parts: keep them apart as " · " unless punctuated.
	const flat = text
		.trim()
		.replace(/([.!?:;])?[^\S\n]*\n\s*/g, (_, stop?: string) => (stop ? `${stop} ` : ' · '))
		.replace(/\s+/g, ' ');
	if (flat.length <= maxLength) return flat;
	const [hit] = findMatches(flat, new Set(words), 1);
	// Some context before the match, most of the room after it.
	let start = hit ? Math.max(0, hit[0] - Math.floor(maxLength / 3)) : 0;
	let end = Math.min(flat.length, start + maxLength);
	if (end === flat.length) start = Math.max(0, end - maxLength);
	if (start > 0 && flat[start - 1] !== ' ') {
		const space = flat.indexOf(' ', start);
		if (space !== -1 && (!hit || space < hit[0])) start = space + 1;
	}
	if (end < flat.length) {
		const space = flat.lastIndexOf(' ', end);
		if (space > start && (!hit || space >= hit[1])) end = space;
	}
	return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
