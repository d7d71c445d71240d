/**
 * How text becomes words, shared by indexing, querying and highlighting so all three agree.
 * A "compound" is a run like `on-call`, `team's` or `conflict-design-disagreement`.
 */

/** A compound: letters/digits (with combining marks) joined by apostrophes or hyphens. */
export const COMPOUND =
	/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The same for text that is plain ASCII once lower-cased: a non-Unicode regex runs ~3x faster. */
const ASCII_COMPOUND = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

const APOSTROPHES = /['’]/g;
const HYPHENS = /[-‐‑]/;
const JOINERS = /['’\-‐‑]/;
const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const NON_ASCII = /[^\u0000-\u007f]/;

/** Longer "words" are URLs or pasted noise: not worth a place in the vocabulary. */
export const MAX_WORD_LENGTH = 40;

/** Longest joined form of a hyphenated compound worth indexing (`crossfunctional`). */
const MAX_JOINED_LENGTH = 16;

/** Most query terms considered; more only slows a query that is already narrow. */
export const MAX_QUERY_TERMS = 8;

/** Lower-cases and strips accents (`Café` → `cafe`); skips Unicode work for plain ASCII. */
export function normalize(text: string): string {
	const lower = text.toLowerCase();
	return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/**
 * The index words of one normalised compound: apostrophes dropped (`team's` → `teams`), hyphenated
 * parts plus, for short compounds, their joined form (`on-call` → `on`, `call`, `oncall`). Single
 * letters are skipped: queries ignore them too.
 */
export function compoundWords(compound: string, out: (word: string) => void): void {
	if (!JOINERS.test(compound)) {
		if (compound.length > 1 && compound.length <= MAX_WORD_LENGTH) out(compound);
		return;
	}
	const plain = compound.replace(APOSTROPHES, '');
	if (!HYPHENS.test(plain)) {
		if (plain.length > 1 && plain.length <= MAX_WORD_LENGTH) out(plain);
		return;
	}
	const parts = plain.split(HYPHENS);
	for (const part of parts) if (part.length > 1 && part.length <= MAX_WORD_LENGTH) out(part);
	// `oncall` should find `on-call`; ids like `conflict-design-disagreement` need no joined form.
	const joined = parts.join('');
	if (parts.length <= 3 && joined.length <= MAX_JOINED_LENGTH) out(joined);
}

/** The compound pattern for already normalised text. */
function compoundPattern(normalized: string): RegExp {
	return new RegExp(NON_ASCII.test(normalized) ? COMPOUND : ASCII_COMPOUND);
}

/** Adds the unique words of `text` to `words`, or-ing `mask` into each (which fields hold it). */
export function collectWords(text: string, mask: number, words: Map<string, number>): void {
	const add = (word: string) => {
		const seen = words.get(word);
		if (seen === undefined) words.set(word, mask);
		else if ((seen & mask) !== mask) words.set(word, seen | mask);
	};
	const normalized = normalize(text);
	const pattern = compoundPattern(normalized);
	for (let m = pattern.exec(normalized); m; m = pattern.exec(normalized)) compoundWords(m[0], add);
}

/**
 * Calls `visit` with each compound of `text`, normalised, and where it stands in `text` (not in
 * the normalised copy, whose length can differ), until `visit` returns true.
 */
export function scanCompounds(
	text: string,
	visit: (compound: string, start: number, end: number) => boolean
): void {
	const lower = text.toLowerCase();
	const ascii = lower.length === text.length && !NON_ASCII.test(lower);
	const pattern = new RegExp(ascii ? ASCII_COMPOUND : COMPOUND);
	const source = ascii ? lower : text;
	for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
		const compound = ascii ? m[0] : normalize(m[0]);
		if (visit(compound, m.index, m.index + m[0].length)) return;
	}
}

/** The words of `text` in order, for phrase matching: `Conflict-design` → `conflict design`. */
export function phraseOf(text: string): string {
	const parts: string[] = [];
	const normalized = normalize(text);
	const pattern = compoundPattern(normalized);
	for (let m = pattern.exec(normalized); m; m = pattern.exec(normalized)) {
		if (!JOINERS.test(m[0])) parts.push(m[0]);
		else
			for (const part of m[0].replace(APOSTROPHES, '').split(HYPHENS)) if (part) parts.push(part);
	}
	return parts.join(' ');
}

/** One word of a query and how loosely it may match. */
export interface QueryTerm {
	term: string;
	/** Also match words that start with it: short words and the word still being typed. */
	prefix: boolean;
	/** Typos allowed (Damerau: a swap of neighbours is one edit). */
	maxEdits: number;
}

/** Typos allowed for a term: none below 5 letters or with digits, 1 up to 9 letters, then 2. */
export function editsFor(term: string): number {
	if (term.length < 5 || /\d/.test(term)) return 0;
	return term.length < 10 ? 1 : 2;
}

/**
 * Splits a query into terms. The last term is a prefix unless the query ends in a space or
 * punctuation (the user is still typing it); single letters are dropped. Empty when nothing is
 * left, e.g. for whitespace or punctuation only.
 */
export function parseQuery(query: string): QueryTerm[] {
	const normalized = normalize(query);
	const terms = new Map<string, QueryTerm>();
	let last: QueryTerm | undefined;
	let lastEnd = -1;
	for (const match of normalized.matchAll(COMPOUND)) {
		for (const part of match[0].replace(APOSTROPHES, '').split(HYPHENS)) {
			if (part.length < 2 || part.length > MAX_WORD_LENGTH) continue;
			const maxEdits = editsFor(part);
			// Short words always match as prefixes; a repeated term keeps its first, stricter form.
			last = terms.has(part) ? undefined : { term: part, prefix: maxEdits === 0, maxEdits };
			if (last) terms.set(part, last);
		}
		lastEnd = match.index + match[0].length;
	}
	if (last && lastEnd === normalized.length) last.prefix = true;
	return [...terms.values()].slice(0, MAX_QUERY_TERMS);
}
