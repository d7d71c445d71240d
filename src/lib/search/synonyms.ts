import { stem } from './stem';
import { forEachWord, STOP_WORDS } from './text';

/** A phrase of a synonym group, as the stems of its words in order. */
interface Phrase {
	stems: string[];
	group: number;
}

/**
 * Groups of words and phrases that mean the same to a searcher (`1:1`, `one-to-one`, `one on
 * one`; `PIP`, `performance improvement plan`), compiled to stems. The index gives each document
 * one token per group it mentions, in any of the group's forms, so a query naming any form
 * finds them all.
 */
export class Synonyms {
	/** Single-word forms: stem → group. */
	#single = new Map<string, number>();
	/** Multi-word forms by their first stem, longest first. */
	#phrases = new Map<string, Phrase[]>();
	/** Per group: the normalised single words of its forms; each form's content stems. */
	#words: string[][] = [];
	#forms: string[][][] = [];

	/** `groups`: each a list of equivalent phrases, as written in `content/synonyms.md`. */
	constructor(groups: readonly (readonly string[])[] = []) {
		groups.forEach((phrases, group) => {
			const words = new Set<string>();
			const forms: string[][] = [];
			for (const phrase of phrases) {
				const sequence: string[] = [];
				const content: string[] = [];
				forEachWord(phrase, (word, joined) => {
					const s = stem(word);
					if (!STOP_WORDS.has(word) && !joined) content.push(s);
					if (joined) forms.push([s]);
					if (!joined) sequence.push(s);
					// A joined form (`onetoone`) and a one-word phrase are single words of the group.
					if (joined || !/[\s-]/.test(phrase.trim())) {
						words.add(word);
						if (!this.#single.has(s)) this.#single.set(s, group);
					}
				});
				forms.push(content);
				if (sequence.length > 1) {
					const list = this.#phrases.get(sequence[0]) ?? [];
					list.push({ stems: sequence, group });
					list.sort((a, b) => b.stems.length - a.stems.length);
					this.#phrases.set(sequence[0], list);
				}
			}
			this.#words.push([...words]);
			this.#forms.push(forms);
		});
	}

	get size(): number {
		return this.#words.length;
	}

	/** The index token standing for a group: not a word any text can produce. */
	static token(group: number): string {
		return `=${group}`;
	}

	/** The group a one-word form belongs to, by its stem. */
	groupOf(stem: string): number | undefined {
		return this.#single.get(stem);
	}

	/** The single words of a group's forms (`pip`, `1to1`), for matching misspellings of them. */
	wordsOf(group: number): readonly string[] {
		return this.#words[group] ?? [];
	}

	/**
	 * The content stems of the group's forms that a document holds whole (`has` says which stems it
	 * holds), to highlight whichever form it used: `perform`, `improv`, `plan` only when all three
	 * are there.
	 */
	stemsOf(group: number, has: (stem: string) => boolean): string[] {
		const out = new Set<string>();
		for (const form of this.#forms[group] ?? [])
			if (form.length && form.every(has)) for (const s of form) out.add(s);
		return [...out];
	}

	/**
	 * Calls `visit` for each multi-word form found in `stems` (a text's stems in order), with
	 * where it starts and how many words it covers; the longest form first at each position.
	 */
	scan(stems: readonly string[], visit: (group: number, start: number, length: number) => void) {
		if (this.#phrases.size === 0) return;
		for (let i = 0; i < stems.length; i++) {
			const candidates = this.#phrases.get(stems[i]);
			if (!candidates) continue;
			for (const { stems: phrase, group } of candidates)
				if (startsAt(stems, phrase, i)) {
					visit(group, i, phrase.length);
					break;
				}
		}
	}
}

function startsAt(stems: readonly string[], phrase: readonly string[], at: number): boolean {
	if (at + phrase.length > stems.length) return false;
	for (let j = 1; j < phrase.length; j++) if (stems[at + j] !== phrase[j]) return false;
	return true;
}
