import { collectWords, parseQuery, phraseOf, type QueryTerm } from './text';
import type { SearchDocument, SearchKind, SearchOptions, SearchResult } from './types';
import { Vocabulary, type WordMatch } from './vocabulary';

// Which fields of a document hold a word, as bits.
const TITLE = 1;
const META = 2;
const TEXT = 4;

/** Weight of a word's best field, by field bits: title 3, meta (ids, theme names) 2, body 1. */
const FIELD_WEIGHT = [0, 3, 2, 3, 1, 3, 2, 3];

const KIND_ORDER: Record<SearchKind, number> = { question: 0, answer: 1, story: 2, narrative: 3 };

interface Entry {
	doc: SearchDocument;
	/** Each unique word of the document and the fields it occurs in. */
	words: Map<string, number>;
	/** Title and meta words in order, space-padded, for the whole-phrase bonus. */
	phrase: string;
	// Scratch state of the query in progress, valid while `run` is the current query's number:
	// scoring in fields, not Maps, keeps a wide query (`st`) free of per-document allocations.
	run: number;
	/** Query terms matched so far. */
	level: number;
	/** Best match of the current term. */
	best: number;
	score: number;
}

interface ExpandedTerm {
	term: QueryTerm;
	matches: Array<{ word: string; quality: number; postings: Map<Entry, number> }>;
	cost: number;
}

/**
 * How well a vocabulary word answers a query term, 0..1: exact 1, a prefix 0.7–0.9 (closer to 1
 * the more of the word is typed), one typo 0.6, two 0.45; a typo in a prefix a little less.
 */
function quality(term: QueryTerm, match: WordMatch): number {
	if (match.distance === 0)
		return match.prefix ? 0.7 + (0.2 * term.term.length) / match.word.length : 1;
	const fuzzy = match.distance === 1 ? 0.6 : 0.45;
	return match.prefix ? fuzzy * 0.9 : fuzzy;
}

/**
 * A fuzzy full-text index over questions, answers, stories and the narrative. Every unique word
 * points to the documents that hold it (reference-counted: a word leaves the vocabulary with its
 * last document), so `upsert` and `remove` touch only one document's words, and a query looks
 * up words, never scans long text: a word 300 words deep in an answer is as easy to find as
 * one in a title.
 */
export class SearchIndex {
	#entries = new Map<string, Entry>();
	#postings = new Map<string, Map<Entry, number>>();
	#vocabulary = new Vocabulary();
	#queries = 0;

	/** Builds the index from `docs` (later duplicates of an id replace earlier ones). */
	constructor(docs: Iterable<SearchDocument> = []) {
		for (const doc of docs) this.upsert(doc);
		this.#vocabulary.words(); // sort now, not on the first keystroke
	}

	/** Number of documents. */
	get size(): number {
		return this.#entries.size;
	}

	/** Number of unique words. */
	get vocabularySize(): number {
		return this.#vocabulary.size;
	}

	has(id: string): boolean {
		return this.#entries.has(id);
	}

	get(id: string): SearchDocument | undefined {
		return this.#entries.get(id)?.doc;
	}

	/**
	 * Adds a document or replaces the one with the same id. Costs one pass over that document's
	 * text (well under a millisecond for a long answer), so it can run on every autosave.
	 */
	upsert(doc: SearchDocument): void {
		const old = this.#entries.get(doc.id);
		if (
			old &&
			old.doc.title === doc.title &&
			old.doc.text === doc.text &&
			(old.doc.meta ?? '') === (doc.meta ?? '')
		) {
			old.doc = doc;
			return;
		}
		const words = new Map<string, number>();
		collectWords(doc.title, TITLE, words);
		if (doc.meta) collectWords(doc.meta, META, words);
		collectWords(doc.text, TEXT, words);
		const phrase = ` ${phraseOf(doc.title)} | ${phraseOf(doc.meta ?? '')} `;
		const entry: Entry = old ?? { doc, words, phrase, run: 0, level: 0, best: 0, score: 0 };
		if (old) {
			for (const word of old.words.keys()) if (!words.has(word)) this.#unlink(word, old);
			Object.assign(old, { doc, words, phrase });
		} else this.#entries.set(doc.id, entry);
		for (const [word, mask] of words) {
			let postings = this.#postings.get(word);
			if (!postings) {
				postings = new Map();
				this.#postings.set(word, postings);
				this.#vocabulary.add(word);
			}
			postings.set(entry, mask);
		}
	}

	/** Removes a document; returns whether it was there. */
	remove(id: string): boolean {
		const entry = this.#entries.get(id);
		if (!entry) return false;
		for (const word of entry.words.keys()) this.#unlink(word, entry);
		this.#entries.delete(id);
		return true;
	}

	/** Empties the index. */
	clear(): void {
		this.#entries.clear();
		this.#postings.clear();
		this.#vocabulary = new Vocabulary();
	}

	/**
	 * Ranked documents matching every word of `query`, each allowing a typo or two by length (see
	 * `parseQuery`). Ranking: a word in the title beats one in meta, which beats one in the body;
	 * exact beats prefix beats typo; the whole query as a phrase in the title or meta (a question
	 * id, a theme name) beats scattered words. Returns `[]` for a query with no words; never throws.
	 */
	search(query: string, options: SearchOptions = {}): SearchResult[] {
		const { limit = 20, limitPerKind = Infinity, kinds } = options;
		const terms = parseQuery(query);
		if (terms.length === 0 || !(limit > 0) || !(limitPerKind > 0)) return [];

		const expanded: ExpandedTerm[] = [];
		for (const term of terms) {
			const found = this.#vocabulary.match(term.term, term.maxEdits, term.prefix);
			if (found.length === 0) return [];
			const matches = found
				.map((m) => ({
					word: m.word,
					quality: quality(term, m),
					postings: this.#postings.get(m.word)!
				}))
				.sort((a, b) => b.quality - a.quality);
			const cost = matches.reduce((sum, m) => sum + m.postings.size, 0);
			expanded.push({ term, matches, cost });
		}
		// Start from the rarest term so later terms only confirm a short candidate list.
		const byCost = [...expanded].sort((a, b) => a.cost - b.cost);

		const only = kinds ? new Set(kinds) : null;
		const run = ++this.#queries;
		let candidates: Entry[] = [];
		for (let level = 0; level < byCost.length; level++) {
			for (const { quality, postings } of byCost[level].matches) {
				for (const [entry, mask] of postings) {
					if (entry.run !== run) {
						if (level > 0 || (only && !only.has(entry.doc.kind))) continue;
						entry.run = run;
						entry.level = entry.best = entry.score = 0;
						candidates.push(entry);
					} else if (entry.level !== level) continue; // missed an earlier term
					const value = quality * FIELD_WEIGHT[mask];
					if (value > entry.best) entry.best = value;
				}
			}
			candidates = candidates.filter((entry) => {
				if (entry.best === 0) return false;
				entry.score += entry.best;
				entry.best = 0;
				entry.level = level + 1;
				return true;
			});
			if (candidates.length === 0) return [];
		}

		if (terms.length > 1) {
			const last = terms[terms.length - 1];
			const phrase = ` ${terms.map((t) => t.term).join(' ')}${last.prefix ? '' : ' '}`;
			const bonus = 2 * terms.length;
			for (const entry of candidates) if (entry.phrase.includes(phrase)) entry.score += bonus;
		}

		return top(candidates, limit, limitPerKind).map((entry) => ({
			kind: entry.doc.kind,
			doc: entry.doc,
			score: entry.score,
			words: matchedWords(expanded, entry)
		}));
	}

	#unlink(word: string, entry: Entry): void {
		const postings = this.#postings.get(word);
		if (!postings) return;
		postings.delete(entry);
		if (postings.size === 0) {
			this.#postings.delete(word);
			this.#vocabulary.delete(word);
		}
	}
}

/** Whether `a` ranks before `b`: higher score, then questions first, then by title and id. */
function before(a: Entry, b: Entry): boolean {
	if (a.score !== b.score) return a.score > b.score;
	const kinds = KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind];
	if (kinds !== 0) return kinds < 0;
	if (a.doc.title !== b.doc.title) return a.doc.title < b.doc.title;
	return a.doc.id < b.doc.id;
}

/** The best `limit` candidates, at most `perKind` of each kind, without sorting them all. */
function top(candidates: Entry[], limit: number, perKind: number): Entry[] {
	const cap = Math.min(limit, perKind);
	const buffers = new Map<SearchKind, Entry[]>();
	for (const entry of candidates) {
		let buffer = buffers.get(entry.doc.kind);
		if (!buffer) buffers.set(entry.doc.kind, (buffer = []));
		if (buffer.length === cap) {
			if (!before(entry, buffer[cap - 1])) continue;
			buffer.pop();
		}
		let i = buffer.length;
		buffer.push(entry);
		for (; i > 0 && before(entry, buffer[i - 1]); i--) buffer[i] = buffer[i - 1];
		buffer[i] = entry;
	}
	return [...buffers.values()]
		.flat()
		.sort((a, b) => (before(a, b) ? -1 : 1))
		.slice(0, limit);
}

/** The document's words that matched, in query order, best match first within each term. */
function matchedWords(expanded: ExpandedTerm[], entry: Entry): string[] {
	const words = new Set<string>();
	for (const { matches } of expanded)
		for (const { word, postings } of matches) if (postings.has(entry)) words.add(word);
	return [...words];
}
