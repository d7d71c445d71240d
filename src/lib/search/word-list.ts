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

/** Words longer than this share one bucket per first letter. */
const LONGEST_BUCKET = 16;

/** Words of one first letter and length, and Fuse over them, built by the first lookup after a change. */
interface Bucket {
	words: Set<string>;
	fuse?: Fuse<string>;
}

const FUSE_OPTIONS = {
	includeScore: true,
	isCaseSensitive: true,
	threshold: THRESHOLD,
	// Words that match from their first letter: a match starting further in costs more.
	location: 0,
	distance: 8,
	ignoreFieldNorm: true
};

/**
 * The index's vocabulary: every distinct word, counted by how many documents hold it. Exact and
 * prefix lookups walk a sorted array. Approximate lookups run fuse.js over short strings: the
 * words sharing the query word's first letter, in buckets by length so that a typo in a whole
 * word searches only words of about its length (a few dozen), memoised per query word until that
 * letter's words change. Adding a document only adds words here: Fuse is rebuilt lazily, by the
 * next query that needs that bucket.
 */
export class WordList {
	#counts = new Map<string, number>();
	#sorted: string[] = [];
	// New words wait here until the next prefix lookup, so building an index sorts once.
	#pending: string[] = [];
	#buckets = new Map<string, Bucket>();
	/** Per first letter: answers per query word since that letter's words last changed. */
	#memo = new Map<string, Map<string, FuzzyHit[]>>();

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
		this.#bucket(word).words.add(word);
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
		this.#bucket(word).words.delete(word);
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
	 * Words within a typo or two of `word` (one up to 9 letters, two from 10) sharing its first
	 * letter; with `partial` (the word is still being typed), also longer words that start with
	 * something that close. Closest first, whole words before partial.
	 */
	fuzzy(word: string, partial = false): FuzzyHit[] {
		const letter = word[0];
		let memo = this.#memo.get(letter);
		if (!memo) this.#memo.set(letter, (memo = new Map()));
		const key = partial ? `${word}…` : word;
		let hits = memo.get(key);
		if (hits) return hits;
		const allowed = word.length < 10 ? 1 : 2;
		const shortest = Math.max(1, word.length - allowed);
		const longest = partial ? LONGEST_BUCKET : Math.min(word.length + allowed, LONGEST_BUCKET);
		hits = [];
		for (let length = shortest; length <= longest; length++) {
			const bucket = this.#buckets.get(`${letter}${length}`);
			if (!bucket || bucket.words.size === 0) continue;
			bucket.fuse ??= new Fuse([...bucket.words], FUSE_OPTIONS);
			for (const { item } of bucket.fuse.search(word.slice(0, 32))) {
				if (item === word) continue;
				const edits = typos(word, item);
				if (edits.distance <= allowed && (partial || !edits.partial))
					hits.push({ word: item, ...edits });
			}
		}
		hits.sort((a, b) => a.distance - b.distance || Number(a.partial) - Number(b.partial));
		memo.set(key, hits);
		return hits;
	}

	/** The bucket of `word`; its Fuse and its letter's answers are dropped, for it is changing. */
	#bucket(word: string): Bucket {
		const key = `${word[0]}${Math.min(word.length, LONGEST_BUCKET)}`;
		let bucket = this.#buckets.get(key);
		if (!bucket) this.#buckets.set(key, (bucket = { words: new Set() }));
		bucket.fuse = undefined;
		this.#memo.get(word[0])?.clear();
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
