/**
 * Finding words, phrases and sentences in an answer as exact character ranges, and cutting a text
 * into marked and unmarked runs so the coach can highlight what triggered a check without {@html}.
 */

/** A span of a source text; always `text === source.slice(start, end)`. */
export interface TextRange {
	start: number;
	end: number;
	text: string;
}

/** Where a looked-for term occurs; `term` is the list entry it matched, spelled as in the list. */
export interface TermMatch extends TextRange {
	term: string;
}

// Hyphens join words, as countWords counts them: "just" is not found in "just-in-time", nor
// "cross" in "cross-functional". Apostrophes don't, so "I" is found in "I'll".
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_-])';

/** Escapes regex syntax; only the characters the `u` flag allows to be escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A term as compared: lower case, straight apostrophes, single spaces. */
export const normalizeTerm = (term: string) =>
	term.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

/** Regex source for a term: straight or curly apostrophes, any spacing (or a comma) between words. */
function termPattern(term: string): string {
	return term
		.trim()
		.split(/\s+/)
		.map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
		.join('(?:\\s*,\\s*|\\s+)');
}

interface CompiledTerms {
	pattern: RegExp;
	list: string[];
}

// Keyed by the list itself: the coach's lists are constants, so each compiles once.
const compiledTerms = new WeakMap<readonly string[], CompiledTerms | null>();

function compileTerms(terms: readonly string[]): CompiledTerms | null {
	const known = compiledTerms.get(terms);
	if (known !== undefined) return known;
	const unique = new Map<string, string>();
	for (const term of terms) {
		const key = normalizeTerm(term);
		if (key && !unique.has(key)) unique.set(key, term.trim());
	}
	const list = [...unique.values()].sort((a, b) => b.length - a.length);
	// One capture group per term tells which entry matched.
	const alternatives = list.map((term) => `(${termPattern(term)})`).join('|');
	const compiled =
		list.length === 0
			? null
			: {
					pattern: new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives})${NOT_WORD_AFTER}`, 'giu'),
					list
				};
	compiledTerms.set(terms, compiled);
	return compiled;
}

/**
 * Every whole-word, case-insensitive occurrence of any of `terms` in `text`, in order. Where two
 * terms start at the same place the longer wins ("I'm" over "I"), so nothing is counted twice.
 * Blank and duplicate terms are ignored. The pattern is compiled once per list.
 */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
	const compiled = text ? compileTerms(terms) : null;
	if (!compiled) return [];
	const { pattern, list } = compiled;
	const found: TermMatch[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		let group = 1;
		while (m[group] === undefined) group++;
		found.push({
			start: m.index,
			end: m.index + m[0].length,
			text: m[0],
			term: list[group - 1]
		});
	}
	return found;
}

// A sentence ends at . ! ? or … followed by a space or the end (so "3.5" and "e.g.x" don't split),
// closing quotes and brackets included; "1." numbering a list line is not an ending.
const SENTENCE_END = /(?<!^[ \t]*\d{1,3})[.!?…]+["'”’)\]]*(?=\s|$)|\n/gmu;
// A list bullet or heading mark belongs to the layout, not to the sentence.
const LINE_MARK = /^(?:[-*+•]|\d{1,3}[.)]|#{1,6})\s+/u;

/**
 * The sentences of `text`, trimmed, with list bullets left out. Line breaks end sentences too, so
 * each bullet of a list counts on its own.
 */
export function sentenceRanges(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let from = 0;
	const take = (end: number) => {
		const raw = text.slice(from, end);
		const lead = raw.length - raw.trimStart().length;
		const mark = LINE_MARK.exec(raw.slice(lead))?.[0].length ?? 0;
		const body = raw.slice(lead + mark).trimEnd();
		if (body)
			ranges.push({ start: from + lead + mark, end: from + lead + mark + body.length, text: body });
		from = end;
	};
	for (const m of text.matchAll(SENTENCE_END)) take(m.index + m[0].length);
	take(text.length);
	return ranges;
}

/** One run of a text: `match` runs are rendered in `<mark>`, the rest as plain text. */
export interface HighlightPart {
	text: string;
	match: boolean;
}

/**
 * Cuts one part's `text` into runs that together spell it exactly, marking the trigger ranges.
 * Overlapping or touching triggers merge into one mark. Triggers that no longer fit the text
 * (out of bounds, or whose `text` differs from what is there now, e.g. after a keystroke) are
 * skipped rather than marking the wrong words. Pass only the triggers of the part being shown.
 */
export function highlightRanges(
	text: string,
	triggers: readonly { start: number; end: number; text?: string }[]
): HighlightPart[] {
	const spans = triggers
		.filter(
			(t) =>
				Number.isInteger(t.start) &&
				Number.isInteger(t.end) &&
				t.start >= 0 &&
				t.start < t.end &&
				t.end <= text.length &&
				(t.text === undefined || text.slice(t.start, t.end) === t.text)
		)
		.sort((a, b) => a.start - b.start);
	const parts: HighlightPart[] = [];
	let at = 0;
	for (const { start, end } of spans) {
		if (end <= at) continue;
		const last = parts.at(-1);
		if (start <= at && last?.match) {
			last.text += text.slice(at, end);
		} else {
			if (start > at) parts.push({ text: text.slice(at, start), match: false });
			parts.push({ text: text.slice(Math.max(start, at), end), match: true });
		}
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), match: false });
	return parts;
}
