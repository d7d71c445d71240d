import { stem } from './stem';
import { Synonyms } from './synonyms';
import { forEachWord, isIndexable, MAX_QUERY_WORDS, queryWords, type QueryWord } from './text';
import type {
	SearchDocument,
	SearchKind,
	SearchOptions,
	SearchOutcome,
	SearchResult
} from './types';
import { WordList } from './word-list';

// Which fields of a document hold a term, as bits; a term's body frequency sits above them.
const TITLE = 1;
const META = 2;
const TEXT = 4;
const TF = 8;

/** Evidence per field, summed: a title word counts three times a theme-title word or one in the body. */
const TITLE_WEIGHT = 3;
const META_WEIGHT = 1;
/** BM25's saturation and length normalisation for the body. */
const K1 = 1.2;
const B = 0.75;

/** How much a match counts by kind: a synonym a little less than the word typed. */
const SYNONYM = 0.95;
/** Completions considered for a word being typed (the most common first): `st` stays cheap. */
const MAX_COMPLETIONS = 40;
/** A document holding the query's words in order in its title or theme name scores this much more. */
const PHRASE_BONUS = 1.5;
/** A synonym phrase's words found apart (not as the phrase) count this much of their mean. */
const PHRASE_APART = 0.9;

interface Entry {
	doc: SearchDocument;
	/** Insertion order: equal scores keep the bank's order, never the alphabet's. */
	order: number;
	/** Each term (stem or synonym token) of the document: field bits, plus body count × TF. */
	terms: Map<string, number>;
	/** The distinct words as written (normalised), for the vocabulary's counts. */
	words: Set<string>;
	/** Words in the body, for BM25's length normalisation. */
	length: number;
	/** The stems of the title, meta and keywords in order, space-padded, for the phrase bonus. */
	phrase: string;
	// Scratch state of the query in progress, valid while `run` is the current query's number:
	// scoring in fields, not Maps, keeps a wide query (`st`) free of per-document allocations.
	run: number;
	concept: number;
	best: number;
	whole: boolean;
	score: number;
	covered: number;
}

/** A term a query concept accepts, and how well it answers it (1 exact … ~0.5 a loose typo). */
interface TermMatch {
	term: string;
	quality: number;
}

/** One thing the query asks for: a word (with its completions or corrections) or a synonym phrase. */
interface Concept {
	matches: TermMatch[];
	/** For a synonym phrase of several words, each word's own matches, for documents using them apart. */
	parts?: TermMatch[][];
	/** The words typed for it, to put a correction back in the query. */
	words: QueryWord[];
	/** The word it was corrected to, when only a correction matched. */
	correction?: string;
}

/**
 * A fuzzy full-text index over questions, answers, stories and the narrative. Every term (a word's
 * stem, or a synonym group's token) points to the documents that hold it, so `upsert` and `remove`
 * touch only one document's terms and a query looks up terms, never scans text: a word 300 words
 * deep in an answer is as easy to find as one in a title. Query words the index does not know are
 * completed (the word being typed) or corrected (fuse.js over the vocabulary, see `WordList`).
 */
export class SearchIndex {
	#entries = new Map<string, Entry>();
	#postings = new Map<string, Map<Entry, number>>();
	#words = new WordList();
	#synonyms: Synonyms;
	#queries = 0;
	#added = 0;
	#bodyWords = 0;

	/**
	 * Builds the index from `docs` (later duplicates of an id replace earlier ones). `synonyms`:
	 * groups of equivalent phrases, as in `content/synonyms.md`.
	 */
	constructor(docs: Iterable<SearchDocument> = [], synonyms: readonly (readonly string[])[] = []) {
		this.#synonyms = new Synonyms(synonyms);
		for (let group = 0; group < this.#synonyms.size; group++)
			for (const word of this.#synonyms.wordsOf(group)) this.#words.add(word);
		for (const doc of docs) this.upsert(doc);
		this.#words.startingWith('', 0); // sort now, not on the first keystroke
	}

	/** Number of documents. */
	get size(): number {
		return this.#entries.size;
	}

	/** Number of distinct words, as written. */
	get vocabularySize(): number {
		return this.#words.size;
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
			(old.doc.meta ?? '') === (doc.meta ?? '') &&
			(old.doc.keywords ?? '') === (doc.keywords ?? '')
		) {
			old.doc = doc;
			return;
		}
		const { terms, words, length, phrase } = this.#analyse(doc);
		const entry: Entry = old ?? {
			doc,
			order: this.#added++,
			terms,
			words,
			length,
			phrase,
			run: 0,
			concept: 0,
			best: 0,
			whole: false,
			score: 0,
			covered: 0
		};
		// New links first, then the old ones that went: a word kept never leaves the vocabulary.
		for (const word of words) this.#words.add(word);
		for (const [term, packed] of terms) {
			let postings = this.#postings.get(term);
			if (!postings) this.#postings.set(term, (postings = new Map()));
			postings.set(entry, packed);
		}
		if (old) {
			for (const word of old.words) this.#words.delete(word);
			for (const term of old.terms.keys()) if (!terms.has(term)) this.#unlink(term, old);
			this.#bodyWords -= old.length;
			Object.assign(old, { doc, terms, words, length, phrase });
		} else this.#entries.set(doc.id, entry);
		this.#bodyWords += length;
	}

	/** Removes a document; returns whether it was there. */
	remove(id: string): boolean {
		const entry = this.#entries.get(id);
		if (!entry) return false;
		for (const term of entry.terms.keys()) this.#unlink(term, entry);
		for (const word of entry.words) this.#words.delete(word);
		this.#bodyWords -= entry.length;
		this.#entries.delete(id);
		return true;
	}

	/** Empties the index (the synonyms stay). */
	clear(): void {
		for (const id of [...this.#entries.keys()]) this.remove(id);
		this.#added = 0;
	}

	/** Ranked documents for `query` (see `query`), without the "did you mean". */
	search(query: string, options: SearchOptions = {}): SearchResult[] {
		return this.query(query, options).results;
	}

	/**
	 * Ranked documents for `query`. Every word counts but none is required: a document's score sums,
	 * over the query's words, how rare the word is (rare words weigh more) times the evidence for it
	 * across fields (title 3, theme 1, body by frequency), and is then scaled by the share of the
	 * query's weight it covers, so documents with every word come first. Stop words are skipped;
	 * stems join word families; synonym phrases count as one word; the word being typed matches as
	 * a prefix; a word nothing holds is corrected (one typo up to 9 letters, two from 10). Equal
	 * scores keep the bank's order. Returns no results for a query with no words; never throws.
	 */
	query(query: string, options: SearchOptions = {}): SearchOutcome {
		const { limit = 20, limitPerKind = Infinity, kinds } = options;
		if (!(limit > 0) || !(limitPerKind > 0)) return { results: [] };
		const concepts = this.#concepts(queryWords(query));
		if (concepts.length === 0) return { results: [] };

		const only = kinds ? new Set(kinds) : null;
		const run = ++this.#queries;
		const total = this.#entries.size;
		const averageLength = total ? this.#bodyWords / total : 1;
		const candidates: Entry[] = [];
		let weight = 0;
		/** Calls `each` with every document a term of `matches` finds, and how well. */
		const visit = (matches: TermMatch[], each: (entry: Entry, value: number) => void) => {
			for (const { term, quality } of matches) {
				const postings = this.#postings.get(term);
				if (!postings) continue;
				for (const [entry, packed] of postings) {
					if (entry.run !== run) {
						if (only && !only.has(entry.doc.kind)) continue;
						entry.run = run;
						entry.score = entry.covered = 0;
						entry.concept = -1;
						candidates.push(entry);
					}
					each(entry, quality * evidence(packed, entry.length / averageLength));
				}
			}
		};
		concepts.forEach(({ matches, parts }, c) => {
			const touched: Entry[] = [];
			let strong = 0;
			/** `whole`: the document has all of the concept (counts toward how common it is). */
			const offer = (entry: Entry, value: number, whole = true) => {
				if (entry.concept !== c) {
					entry.concept = c;
					entry.best = 0;
					entry.whole = false;
					touched.push(entry);
				}
				if (whole && !entry.whole) {
					entry.whole = true;
					strong++;
				}
				if (value > entry.best) entry.best = value;
			};
			visit(matches, offer);
			if (parts) {
				// A phrase's words apart count too, less, and less again for each one missing.
				const found = new Map<Entry, number[]>();
				parts.forEach((part, i) =>
					visit(part, (entry, value) => {
						let best = found.get(entry);
						if (!best) found.set(entry, (best = parts.map(() => 0)));
						if (value > best[i]) best[i] = value;
					})
				);
				for (const [entry, best] of found) {
					const share = best.filter((v) => v > 0).length / parts.length;
					const mean = best.reduce((sum, v) => sum + v, 0) / parts.length;
					offer(entry, PHRASE_APART * mean * share, share === 1);
				}
			}
			if (touched.length === 0) return;
			const n = Math.max(strong, 1);
			const rarity = Math.log(1 + (total - n + 0.5) / (n + 0.5));
			weight += rarity;
			for (const entry of touched) {
				entry.score += rarity * entry.best;
				entry.covered += rarity;
			}
		});
		if (candidates.length === 0) return { results: [] };
		const phrase = queryPhrase(concepts);
		for (const entry of candidates) {
			const coverage = entry.covered / weight;
			entry.score *= coverage * coverage;
			// The query's words in order in a title or theme name: "hard conversations".
			if (phrase && coverage === 1 && entry.phrase.includes(phrase)) entry.score *= PHRASE_BONUS;
		}

		const results = top(candidates, limit, limitPerKind).map((entry) => ({
			kind: entry.doc.kind,
			doc: entry.doc,
			score: entry.score,
			words: this.#matchedWords(concepts, entry)
		}));
		const first = results.length ? this.#entries.get(results[0].doc.id) : undefined;
		return { results, didYouMean: first && didYouMean(query, concepts, first) };
	}

	/** The terms, words and body length of a document. */
	#analyse(doc: SearchDocument) {
		const terms = new Map<string, number>();
		const words = new Set<string>();
		let length = 0;
		const add = (term: string, bit: number) => {
			const packed = terms.get(term) ?? 0;
			terms.set(term, bit === TEXT ? (packed | TEXT) + TF : packed | bit);
		};
		const short: string[] = [];
		const field = (text: string, bit: number, joins = true) => {
			const sequence: string[] = [];
			const content: string[] = [];
			forEachWord(text, (word, joined) => {
				if (joined && !joins) return;
				const s = stem(word);
				if (!joined) sequence.push(s);
				if (!isIndexable(word)) return;
				if (!joined) content.push(s);
				if (bit === TEXT && !joined) length++;
				words.add(word);
				add(s, bit);
				const group = this.#synonyms.groupOf(s);
				if (group !== undefined) add(Synonyms.token(group), bit);
			});
			this.#synonyms.scan(sequence, (group) => add(Synonyms.token(group), bit));
			if (bit !== TEXT) short.push(content.join(' '));
		};
		field(doc.title, TITLE);
		if (doc.meta) field(doc.meta, META);
		// An id's words, not its joined form (`peertomanager`): no one types that.
		if (doc.keywords) field(doc.keywords, META, false);
		field(doc.text, TEXT);
		return { terms, words, length, phrase: ` ${short.join(' | ')} ` };
	}

	/**
	 * What the query asks for: synonym phrases first ("performance improvement plan", "one on
	 * one"), then a hyphenated compound the index knows joined (`1-on-1`), then each other word
	 * that is not a stop word; at most `MAX_QUERY_WORDS`, repeats dropped.
	 */
	#concepts(words: QueryWord[]): Concept[] {
		const sequence = words.filter((w) => !w.joined);
		const found: Array<{ at: number; concept: Concept }> = [];
		const used = new Set<QueryWord>();
		this.#synonyms.scan(
			sequence.map((w) => w.stem),
			(group, start, length) => {
				const span = sequence.slice(start, start + length);
				if (span.some((w) => used.has(w))) return;
				for (const w of span) used.add(w);
				const content = span.filter(
					(w, i) => !w.stop && span.findIndex((v) => v.stem === w.stem) === i
				);
				// "hiring bar" also finds a question with both words apart; "one on one" needs the phrase.
				const parts =
					content.length > 1
						? content.map((w) => this.#wordConcept(w, true)?.matches ?? [])
						: undefined;
				const matches = [{ term: Synonyms.token(group), quality: 1 }];
				found.push({ at: words.indexOf(span[0]), concept: { matches, parts, words: span } });
			}
		);
		for (const joined of words.filter((w) => w.joined)) {
			const parts = sequence.filter((w) => w.start === joined.start);
			if (parts.some((w) => used.has(w))) continue;
			const concept = this.#wordConcept(joined, false);
			if (!concept) continue;
			for (const w of parts) used.add(w);
			found.push({ at: words.indexOf(parts[0]), concept: { ...concept, words: parts } });
		}
		const seen = new Set<string>();
		for (const w of sequence) {
			if (used.has(w) || w.stop || seen.has(w.stem)) continue;
			seen.add(w.stem);
			const concept = this.#wordConcept(w, true);
			if (concept?.matches.length) found.push({ at: words.indexOf(w), concept });
		}
		return found
			.sort((a, b) => a.at - b.at)
			.slice(0, MAX_QUERY_WORDS)
			.map((f) => f.concept);
	}

	/**
	 * The terms one word accepts: its stem and its synonym group; completions when it is being
	 * typed or the index lacks it (`psych` → psychological); corrections by fuse.js when nothing
	 * else matched. Undefined when it matches nothing and `loose` is false.
	 */
	#wordConcept(w: QueryWord, loose: boolean): Concept | undefined {
		const matches: TermMatch[] = [];
		const accept = (s: string, quality: number) => {
			if (this.#postings.has(s)) matches.push({ term: s, quality });
			const group = this.#synonyms.groupOf(s);
			if (group !== undefined)
				matches.push({ term: Synonyms.token(group), quality: quality * SYNONYM });
		};
		accept(w.stem, 1);
		if (!loose) return matches.length ? { matches, words: [w] } : undefined;
		const exact = matches.length > 0;
		if ((w.open || !exact) && w.word.length >= (w.open ? 2 : 3)) {
			const completions = this.#words
				.startingWith(w.word, Infinity)
				.map((word) => ({ word, s: stem(word) }))
				.filter(({ s }) => s !== w.stem)
				.map(({ word, s }) => ({ word, s, n: this.#postings.get(s)?.size ?? 0 }))
				.sort((a, b) => b.n - a.n)
				.slice(0, MAX_COMPLETIONS);
			for (const { word, s } of completions) accept(s, 0.55 + (0.4 * w.word.length) / word.length);
		}
		if (matches.length > 0 || w.word.length < 4 || /\d/.test(w.word))
			return { matches, words: [w] };
		// A known stem the word extends by a few letters: a form the stemmer missed (delegaton).
		for (let n = w.word.length - 1; n >= Math.max(5, w.word.length - 4); n--)
			if (this.#postings.has(w.word.slice(0, n))) {
				accept(w.word.slice(0, n), 0.6);
				break;
			}
		let correction: string | undefined;
		for (const hit of this.#words.fuzzy(w.word, w.open)) {
			// Hits come closest first; a correction shown to the user must be a whole word.
			if (!hit.partial) correction ??= hit.word;
			const typo = hit.distance === 0 ? 0.75 : hit.distance === 1 ? 0.65 : 0.5;
			accept(stem(hit.word), hit.partial ? typo * 0.85 : typo);
		}
		return { matches, words: [w], correction };
	}

	/** Stems to highlight in `entry`: each matched term, or every form of a matched synonym. */
	#matchedWords(concepts: Concept[], entry: Entry): string[] {
		const words = new Set<string>();
		for (const { matches } of concepts)
			for (const { term } of matches) {
				if (!entry.terms.has(term)) continue;
				if (!term.startsWith('=')) words.add(term);
				else
					for (const s of this.#synonyms.stemsOf(Number(term.slice(1)), (s) => entry.terms.has(s)))
						words.add(s);
			}
		return [...words];
	}

	#unlink(term: string, entry: Entry): void {
		const postings = this.#postings.get(term);
		if (!postings) return;
		postings.delete(entry);
		if (postings.size === 0) this.#postings.delete(term);
	}
}

/**
 * The query's words as a phrase of stems (" hard convers "), when it has two or more and each is
 * a word the index holds as typed (not a completion or correction); otherwise undefined.
 */
function queryPhrase(concepts: Concept[]): string | undefined {
	if (concepts.length < 2) return undefined;
	const stems: string[] = [];
	for (const { words, matches } of concepts) {
		if (words.length !== 1 || matches[0]?.term !== words[0].stem) return undefined;
		stems.push(words[0].stem);
	}
	return ` ${stems.join(' ')} `;
}

/** The evidence for a term in one document: field weights summed, the body's saturating. */
function evidence(packed: number, relativeLength: number): number {
	let value = 0;
	if (packed & TITLE) value += TITLE_WEIGHT;
	if (packed & META) value += META_WEIGHT;
	if (packed & TEXT) {
		const tf = Math.floor(packed / TF);
		value += (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * relativeLength));
	}
	return value;
}

/** The query with its corrected words put back, when the top result matched a correction. */
function didYouMean(query: string, concepts: Concept[], first: Entry): string | undefined {
	const corrected = concepts.filter(
		(c) =>
			c.correction && c.words.length === 1 && c.matches.some(({ term }) => first.terms.has(term))
	);
	if (corrected.length === 0) return undefined;
	let out = query;
	// From the end, so earlier positions stay valid.
	for (const { words, correction } of corrected.reverse()) {
		const { start, end } = words[0];
		out = `${out.slice(0, start)}${correction}${out.slice(end)}`;
	}
	return out;
}

/** Whether `a` ranks before `b`: higher score, then the order documents were added. */
function before(a: Entry, b: Entry): boolean {
	return a.score !== b.score ? a.score > b.score : a.order < b.order;
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
