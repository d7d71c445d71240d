/** A vocabulary word that matched a query term. */
export interface WordMatch {
	word: string;
	/** Edits between the term and the word (or the word's best prefix when `prefix`). */
	distance: number;
	/** Matched as the start of a longer word rather than as the whole word. */
	prefix: boolean;
}

/** Past this many pending words, one sort beats inserting each in place. */
const BULK_INSERT = 32;

/**
 * The set of unique words in the index, kept sorted so that a typo-tolerant lookup can walk it
 * like a trie: words sharing a prefix sit together, so one Damerau–Levenshtein row per prefix
 * character is computed once, and a prefix that is already too far from the term skips all its
 * words at once. A lookup visits about a thousand prefixes, not every word (~0.1 ms for 7,500
 * words); Fuse's Bitap over every word of a 10,000-word vocabulary took 20–90 ms per term in Node.
 */
export class Vocabulary {
	#sorted: string[] = [];
	// New words wait here until the next lookup, so building an index sorts once.
	#pending = new Set<string>();
	#all = new Set<string>();

	get size(): number {
		return this.#all.size;
	}

	has(word: string): boolean {
		return this.#all.has(word);
	}

	/** Adds a word; no-op if present. */
	add(word: string): void {
		if (this.#all.has(word)) return;
		this.#all.add(word);
		this.#pending.add(word);
	}

	/** Removes a word; no-op if absent. */
	delete(word: string): void {
		if (!this.#all.delete(word)) return;
		if (this.#pending.delete(word)) return;
		const at = lowerBound(this.#sorted, word, 0, this.#sorted.length);
		if (this.#sorted[at] === word) this.#sorted.splice(at, 1);
	}

	/** The words in sorted order. */
	words(): readonly string[] {
		this.#flush();
		return this.#sorted;
	}

	/**
	 * Words within `maxEdits` (Damerau, optimal string alignment) of `term`; with `prefix`, words
	 * that start with something within `maxEdits` of it. Unordered.
	 */
	match(term: string, maxEdits: number, prefix: boolean): WordMatch[] {
		this.#flush();
		const words = this.#sorted;
		if (maxEdits === 1) return this.#fuzzy(term, 1, prefix, 0, words.length);
		if (maxEdits > 1) {
			// A second typo only after a correct first letter (Lucene's prefix_length 1): the walk then
			// covers one letter's block instead of every word, and first letters are rarely mistyped.
			const from = lowerBound(words, term[0], 0, words.length);
			const to = lowerBound(words, term[0] + '\uffff', from, words.length);
			const best = new Map<string, WordMatch>();
			for (const m of this.#fuzzy(term, 1, prefix, 0, words.length)) best.set(m.word, m);
			for (const m of this.#fuzzy(term, maxEdits, prefix, from, to))
				if (!best.has(m.word)) best.set(m.word, m);
			return [...best.values()];
		}
		if (!prefix) return this.#all.has(term) ? [{ word: term, distance: 0, prefix: false }] : [];
		const out: WordMatch[] = [];
		for (
			let i = lowerBound(words, term, 0, words.length);
			i < words.length && words[i].startsWith(term);
			i++
		)
			out.push({ word: words[i], distance: 0, prefix: words[i] !== term });
		return out;
	}

	#flush(): void {
		if (this.#pending.size === 0) return;
		if (this.#pending.size > BULK_INSERT) {
			for (const word of this.#pending) this.#sorted.push(word);
			this.#sorted.sort();
		} else {
			for (const word of this.#pending)
				this.#sorted.splice(lowerBound(this.#sorted, word, 0, this.#sorted.length), 0, word);
		}
		this.#pending.clear();
	}

	/** The walk over `words[from..to)`, which must be a block sharing any prefix it skips. */
	#fuzzy(term: string, k: number, prefix: boolean, from: number, to: number): WordMatch[] {
		const words = this.#sorted;
		const m = term.length;
		const t = Array.from({ length: m }, (_, i) => term.charCodeAt(i));
		// rows[d][j]: edits between the first j letters of the term and the first d of the word.
		const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
		// best[d]: the closest any prefix of the word up to length d comes to the whole term.
		const best: number[] = [m];
		const out: WordMatch[] = [];
		let prev = '';
		let valid = 0; // rows[0..valid] hold the prefix of `prev`
		let i = from;
		next: while (i < to) {
			const w = words[i];
			let d = 0;
			const shared = Math.min(valid, w.length);
			while (d < shared && w.charCodeAt(d) === prev.charCodeAt(d)) d++;
			while (d < w.length) {
				d++;
				const row = (rows[d] ??= new Int32Array(m + 1));
				const up = rows[d - 1];
				const up2 = d > 1 ? rows[d - 2] : up;
				const c = w.charCodeAt(d - 1);
				const cBefore = d > 1 ? w.charCodeAt(d - 2) : -1;
				row[0] = d;
				let min = d;
				for (let j = 1; j <= m; j++) {
					let v = up[j - 1] + (t[j - 1] === c ? 0 : 1);
					if (up[j] + 1 < v) v = up[j] + 1;
					if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
					if (j > 1 && t[j - 1] === cBefore && t[j - 2] === c && up2[j - 2] + 1 < v)
						v = up2[j - 2] + 1;
					row[j] = v;
					if (v < min) min = v;
				}
				best[d] = Math.min(best[d - 1], row[m]);
				if (min > k) {
					// No longer word with this prefix can get closer: skip them all.
					const end = blockEnd(words, w, d, i, to);
					if (prefix && best[d] <= k)
						for (; i < end; i++) out.push({ word: words[i], distance: best[d], prefix: true });
					prev = w;
					valid = d;
					i = end;
					continue next;
				}
			}
			const whole = rows[w.length][m];
			if (prefix && best[w.length] < whole && best[w.length] <= k)
				out.push({ word: w, distance: best[w.length], prefix: true });
			else if (whole <= k) out.push({ word: w, distance: whole, prefix: false });
			prev = w;
			valid = w.length;
			i++;
		}
		return out;
	}
}

/** Whether `word` starts with the first `d` characters of `of` (no string allocated). */
function sharesPrefix(word: string, of: string, d: number): boolean {
	if (word.length < d) return false;
	for (let x = 0; x < d; x++) if (word.charCodeAt(x) !== of.charCodeAt(x)) return false;
	return true;
}

/**
 * The end of the block of words that start like `words[i]`'s first `d` characters. Gallops, then
 * bisects: most skipped blocks are a few words long, so this beats a bisection of the whole list.
 */
function blockEnd(words: readonly string[], w: string, d: number, i: number, to: number): number {
	let inside = i;
	let probe = i + 1;
	for (let step = 1; probe < to && sharesPrefix(words[probe], w, d); probe = i + step) {
		inside = probe;
		step *= 2;
	}
	let lo = inside + 1;
	let hi = Math.min(probe, to);
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sharesPrefix(words[mid], w, d)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The first index in `[from, to)` whose word is not less than `word`, else `to`. */
function lowerBound(words: readonly string[], word: string, from: number, to: number): number {
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (words[mid] < word) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
