/**
 * How text becomes words, shared by indexing, querying and highlighting so all three agree.
 * A "compound" is a run like `on-call`, `team's`, `1:1s` or `conflict-design-disagreement`.
 */
import { stem } from './stem';

/** A compound: letters/digits (with combining marks) joined by apostrophes, hyphens or digit:digit. */
export const COMPOUND =
	/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-‐‑]|(?<=\p{N}):(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The same for text that is plain ASCII once lower-cased: a non-Unicode regex runs ~3x faster. */
const ASCII_COMPOUND = /[a-z0-9]+(?:(?:['-]|(?<=[0-9]):(?=[0-9]))[a-z0-9]+)*/g;

const APOSTROPHES = /['’]/g;
const HYPHENS = /[-‐‑]/;
const JOINERS = /['’\-‐‑:]/;
/** 1:1 → 1to1, so the ratio survives as one word (the synonym list knows it as one-to-one). */
const RATIO = /(\d):(\d)/g;
const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const NON_ASCII = /[^\u0000-\u007f]/;

/** Longer "words" are URLs or pasted noise: not worth a place in the vocabulary. */
export const MAX_WORD_LENGTH = 40;

/** Longest joined form of a hyphenated compound worth indexing (`crossfunctional`). */
const MAX_JOINED_LENGTH = 16;

/** Most query words considered; more only slows a query that is already narrow. */
export const MAX_QUERY_WORDS = 10;

/**
 * Function words that say nothing about a topic, and the verbs natural questions wrap a topic in
 * ("how do I deal with…", "handling…"). Skipped when matching, kept for phrases ("one on one").
 * Particles that change meaning stay: up, out, off, back, down, no, not.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`a an the and or but if then so of to in on at by for with from into onto as than about
is are was were be been being am do does did doing done have has had having i me my mine myself
we us our ours you your yours yourself he him his she her hers it its they them their theirs this
that these those there here what which who whom whose how when where why can could would should
will shall may might must just also very really some any all each every such own same other
more most much many few lot lots get got let s t between among through while because until
since within going deal deals dealing dealt handle handles handled handling`.split(/\s+/)
);

/** Lower-cases and strips accents (`Café` → `cafe`); skips Unicode work for plain ASCII. */
export function normalize(text: string): string {
	const lower = text.toLowerCase();
	return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/** Whether a normalised word is worth indexing: not a stop word, not one letter, not noise. */
export function isIndexable(word: string): boolean {
	return (
		word.length <= MAX_WORD_LENGTH && (word.length > 1 || /\d/.test(word)) && !STOP_WORDS.has(word)
	);
}

/**
 * The words of one normalised compound, in order: apostrophes dropped (`team's` → `teams`),
 * `1:1` → `1to1`, hyphenated parts in order, then, for short compounds, their joined form with
 * `joined` set (`on-call` → `on`, `call`, then `oncall`): the joined form is a word to match but
 * not a step in the sentence.
 */
export function compoundWords(
	compound: string,
	out: (word: string, joined: boolean) => void
): void {
	if (!JOINERS.test(compound)) {
		out(compound, false);
		return;
	}
	const plain = compound.replace(APOSTROPHES, '').replace(RATIO, '$1to$2');
	if (!HYPHENS.test(plain)) {
		out(plain, false);
		return;
	}
	const parts = plain.split(HYPHENS).filter(Boolean);
	for (const part of parts) out(part, false);
	const joined = parts.join('');
	if (parts.length <= 3 && joined.length <= MAX_JOINED_LENGTH) out(joined, true);
}

/** The compound pattern for already normalised text. */
function compoundPattern(normalized: string): RegExp {
	return new RegExp(NON_ASCII.test(normalized) ? COMPOUND : ASCII_COMPOUND);
}

/** Calls `visit` with every word of `text`, normalised, in order (see `compoundWords`). */
export function forEachWord(text: string, visit: (word: string, joined: boolean) => void): void {
	const normalized = normalize(text);
	const pattern = compoundPattern(normalized);
	for (let m = pattern.exec(normalized); m; m = pattern.exec(normalized))
		compoundWords(m[0], visit);
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

/** One word of a query, with where it was typed, so a correction can be put back in its place. */
export interface QueryWord {
	/** Normalised as typed: `stakehoder`. */
	word: string;
	stem: string;
	/** The word is still being typed (the query's last, with nothing after it). */
	open: boolean;
	stop: boolean;
	/** Where the compound holding it stands in the query. */
	start: number;
	end: number;
	/** The joined form of a hyphenated compound (`1on1` for `1-on-1`), not a word in sequence. */
	joined: boolean;
}

/**
 * The words of a query in order, each with its stem. The last word is `open` unless the query
 * ends in a space or punctuation. Empty for whitespace or punctuation only.
 */
export function queryWords(query: string): QueryWord[] {
	const words: QueryWord[] = [];
	let lastEnd = -1;
	scanCompounds(query, (compound, start, end) => {
		compoundWords(compound, (word, joined) => {
			if (word.length > MAX_WORD_LENGTH) return;
			words.push({
				word,
				stem: stem(word),
				open: false,
				stop: STOP_WORDS.has(word),
				start,
				end,
				joined
			});
		});
		lastEnd = end;
		return words.length >= MAX_QUERY_WORDS * 2;
	});
	if (lastEnd === query.length)
		for (let i = words.length - 1; i >= 0 && words[i].end === lastEnd; i--) words[i].open = true;
	return words;
}
