/**
 * Turning the coach's word lists into regular expressions, once. Patterns are built when first
 * asked for and cached by their list, so a keystroke reuses them instead of recompiling.
 */
import { escapeRegExp, type TextRange } from './text-ranges';

/** Not inside a word; hyphens join words, as countWords counts them ("just-in-time" is one). */
const BEFORE = '(?<![\\p{L}\\p{N}_-])';
const AFTER = '(?![\\p{L}\\p{N}_-])';

/** A phrase's regex source: either apostrophe, any run of spaces between words. */
const phraseSource = (phrase: string) =>
	phrase.trim().replace(/['’]/g, "['’]").replace(/ +/g, '\\s+');

// Keyed by the list itself: the coach's lists are constants, so each compiles once.
const phrasePatterns = new WeakMap<readonly string[], RegExp>();

/**
 * One regex for a list of phrases written as small regex sources ("kept (?:changing|pushing
 * back)"): an apostrophe matches either kind, a space any whitespace, and each phrase must stand
 * as whole words. Case-insensitive; compiled once per list.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
	let pattern = phrasePatterns.get(phrases);
	if (!pattern) {
		pattern = new RegExp(`${BEFORE}(?:${phrases.map(phraseSource).join('|')})${AFTER}`, 'giu');
		phrasePatterns.set(phrases, pattern);
	}
	return pattern;
}

const groupedPatterns = new WeakMap<readonly (readonly string[])[], RegExp>();

/**
 * One regex for several phrase lists at once, so a long text is scanned once: each list is a
 * capture group, and `findGrouped` says which list each match came from. Compiled once.
 */
export function groupedPattern(lists: readonly (readonly string[])[]): RegExp {
	let pattern = groupedPatterns.get(lists);
	if (!pattern) {
		const groups = lists.map((list) => `(${list.map(phraseSource).join('|')})`).join('|');
		pattern = new RegExp(`${BEFORE}(?:${groups})${AFTER}`, 'giu');
		groupedPatterns.set(lists, pattern);
	}
	return pattern;
}

/** Every match of a `groupedPattern`, with the index of the list it came from. */
export function findGrouped(text: string, pattern: RegExp): (TextRange & { list: number })[] {
	if (!text) return [];
	const found: (TextRange & { list: number })[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		let group = 1;
		while (m[group] === undefined) group++;
		found.push({ start: m.index, end: m.index + m[0].length, text: m[0], list: group - 1 });
	}
	return found;
}

/** Every match of a compiled pattern in `text`, as exact ranges. */
export function findAll(text: string, pattern: RegExp): TextRange[] {
	if (!text) return [];
	const found: TextRange[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		if (m[0] === '') {
			pattern.lastIndex++;
			continue;
		}
		found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
	}
	return found;
}

/** Does `text` contain a match? (Resets the shared pattern's position first.) */
export function matches(text: string, pattern: RegExp): boolean {
	pattern.lastIndex = 0;
	const found = pattern.test(text);
	pattern.lastIndex = 0;
	return found;
}

const VOWEL = /[aeiou]$/;

/**
 * One word of a listed term with its common endings: "leverage" finds leverages, leveraged and
 * leveraging; "synergy" finds synergies; "socialise" finds socialize and socialised; "set"
 * finds setting. Simple stemming, enough for a list of buzzwords.
 */
function inflected(word: string): string {
	let stem = word.toLowerCase();
	if (/[^aeiou]y$/.test(stem)) stem = stem.slice(0, -1);
	else if (/e$/.test(stem)) stem = stem.slice(0, -1);
	const last = stem.at(-1) ?? '';
	// A short final syllable doubles its consonant: set → setting, plan → planned.
	const double = /[^aeiouwxy]$/.test(last) && VOWEL.test(stem.slice(-2, -1)) ? `${last}?` : '';
	const body = escapeRegExp(stem).replace(/i[sz]$/, 'i[sz]');
	if (!/[\p{L}]$/u.test(stem)) return escapeRegExp(word);
	return `${body}${double}(?:e|es|ed|ing|s|ies|ied|y|d|ment|ments)?`;
}

/** A listed term as a pattern: each word inflected, spaces and hyphens interchangeable. */
const stemmedSource = (term: string) =>
	term
		.trim()
		.split(/[\s-]+/)
		.filter(Boolean)
		.map((w) => inflected(w).replace(/['’]/g, "['’]"))
		.join('[\\s-]+');

/** A compiled list of terms, and the entry each capture group stands for. */
export interface TermPattern {
	pattern: RegExp;
	/** `terms[i]` is the entry that capture group `i + 1` matched. */
	terms: string[];
}

const termPatterns = new WeakMap<readonly string[], TermPattern | null>();

/**
 * One regex for a list of terms, with simple stemming; null for an empty list. Compiled once per
 * list (the user's list from settings keeps its identity until they edit it).
 */
export function stemmedPattern(list: readonly string[]): TermPattern | null {
	const known = termPatterns.get(list);
	if (known !== undefined) return known;
	const terms = [...new Set(list.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))]
		// Longer terms first, so "north star metric" wins over "north star".
		.sort((a, b) => b.length - a.length);
	const compiled =
		terms.length === 0
			? null
			: {
					pattern: new RegExp(
						`${BEFORE}(?:${terms.map((t) => `(${stemmedSource(t)})`).join('|')})${AFTER}`,
						'giu'
					),
					terms
				};
	termPatterns.set(list, compiled);
	return compiled;
}
