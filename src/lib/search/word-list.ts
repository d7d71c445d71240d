import Fuse from 'fuse.js';

/** A vocabulary word that approximately matches a query word. */
export interface FuzzyHit {
	word: string;
	/** Typos between the query word and the word (or its start, when `partial`). */
	distance: number;
	/** The word only starts like the query word: the query word is a misspelt prefix of it. */
	partial: boolean;
}

/**
 * Fuse's loosest score kept. Fuse finds candidates (errors / length, plus how far from the word's
 * start the match begins); `typos` then judges each by edit distance, counting a swap of
 * neighbours as one typo, which Fuse's Bitap counts as two.
 */
const THRESHOLD = 0.45;

/** Past this many new words, one sort beats inserting each in place. */
const BULK_INSERT = 32;

/** Words sharing a first letter, and Fuse over them, built on the first lookup after a change. */
interface Bucket {
	words: Set<string>;
	fuse?: Fuse<string>;
	/** Answers per query word since the bucket last changed. */
	memo: Map<string, FuzzyHit[]>;
}

/**
 * The index's vocabulary: every distinct word, counted by how many documents hold it. Exact and
 * prefix lookups walk a sorted array; approximate lookups run fuse.js over the words sharing the
 * query word's first letter (a few hundred short strings, not the full text), memoised per word
 * until that letter's words change. Adding a document only adds words here: Fuse is rebuilt
 * lazily, by the next query that needs that letter.
 */
export class WordList {
	#counts = new Map<string, number>();
	#sorted: string[] = [];
	// New words wait here until the next prefix lookup, so building an index sorts once.
	#pending: string[] = [];
	#buckets = new Map<string, Bucket>();

	get size(): number {
		return this.#counts.size;
	}

	has(word: string): boolean {
		return this.#counts.has(word);
	}

	/** Counts one more document holding `word`. */
	add(word: string): void {
		const count = this.#counts.get(word);
		this.#counts.set(word, (count ?? 0) + 1);
		if (count !== undefined) return;
		this.#pending.push(word);
		const bucket = this.#bucket(word);
		bucket.words.add(word);
		this.#changed(bucket);
	}

	/** Counts one document fewer holding `word`; the word goes when none is left. */
	delete(word: string): void {
		const count = this.#counts.get(word);
		if (count === undefined) return;
		if (count > 1) {
			this.#counts.set(word, count - 1);
			return;
		}
		this.#counts.delete(word);
		const at = lowerBound(this.#sorted, word);
		if (this.#sorted[at] === word) this.#sorted.splice(at, 1);
		const bucket = this.#bucket(word);
		bucket.words.delete(word);
		this.#changed(bucket);
	}

	/** Words starting with `prefix` (itself excluded), at most `limit`, in sorted order. */
	startingWith(prefix: string, limit: number): string[] {
		const words = this.#flush();
		const out: string[] = [];
		for (
			let i = lowerBound(words, prefix);
			i < words.length && words[i].startsWith(prefix) && out.length < limit;
			i++
		)
			if (words[i] !== prefix) out.push(words[i]);
		return out;
	}

	/**
	 * Words within a typo or two of `word` (one up to 9 letters, two from 10), or starting with
	 * something that close, sharing its first letter; closest first, whole words before partial.
	 */
	fuzzy(word: string): FuzzyHit[] {
		const bucket = this.#buckets.get(word[0]);
		if (!bucket || bucket.words.size === 0) return [];
		let hits = bucket.memo.get(word);
		if (hits) return hits;
		bucket.fuse ??= new Fuse([...bucket.words], {
			includeScore: true,
			isCaseSensitive: true,
			threshold: THRESHOLD,
			// Words that match from their first letter: a match starting further in costs more.
			location: 0,
			distance: 8,
			ignoreFieldNorm: true
		});
		const allowed = word.length < 10 ? 1 : 2;
		hits = [];
		for (const { item } of bucket.fuse.search(word.slice(0, 32))) {
			if (item === word) continue;
			const edits = typos(word, item);
			if (edits.distance <= allowed) hits.push({ word: item, ...edits });
		}
		hits.sort((a, b) => a.distance - b.distance || Number(a.partial) - Number(b.partial));
		bucket.memo.set(word, hits);
		return hits;
	}

	/** Forgets what Fuse knew of a bucket; rebuilt by the next lookup that needs it. */
	#changed(bucket: Bucket): void {
		if (bucket.fuse) bucket.fuse = undefined;
		if (bucket.memo.size) bucket.memo.clear();
	}

	#bucket(word: string): Bucket {
		let bucket = this.#buckets.get(word[0]);
		if (!bucket) this.#buckets.set(word[0], (bucket = { words: new Set(), memo: new Map() }));
		return bucket;
	}

	/** The sorted array, with pending words merged in. */
	#flush(): string[] {
		const pending = this.#pending.filter((w) => this.#counts.has(w));
		this.#pending = [];
		if (pending.length > BULK_INSERT) {
			this.#sorted = [...new Set([...this.#sorted, ...pending])].sort();
		} else {
			for (const word of pending) {
				const at = lowerBound(this.#sorted, word);
				if (this.#sorted[at] !== word) this.#sorted.splice(at, 0, word);
			}
		}
		return this.#sorted;
	}
}

/**
 * Edits between `query` and `word` (Damerau, optimal string alignment), or between `query` and
 * the start of `word` when that is closer: `stakeh` is 0 from `stakeholder`, partially.
 */
export function typos(query: string, word: string): { distance: number; partial: boolean } {
	const m = query.length;
	const n = word.length;
	// rows[i][j]: edits between query[0..i) and word[0..j).
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const row = [i];
		for (let j = 1; j <= n; j++) {
			const cost = query[i - 1] === word[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1])
				v = Math.min(v, prev2[j - 2] + 1);
			row.push(v);
		}
		prev2 = prev;
		prev = row;
	}
	const whole = prev[n];
	// The closest start of the word: the query's last row at any column.
	let start = whole;
	for (let j = Math.max(1, m - 2); j < n; j++) start = Math.min(start, prev[j]);
	return start < whole ? { distance: start, partial: true } : { distance: whole, partial: false };
}

/** The first index whose word is not less than `word`. */
function lowerBound(words: readonly string[], word: string): number {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (words[mid] < word) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
