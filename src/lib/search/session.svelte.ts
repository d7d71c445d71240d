import { resolve } from '$app/paths';
import { watchSearchSources, type SearchSources } from '$lib/db/search-sources';
import { loadBank, type ClientTheme as Theme } from '$lib/questions/bank-client';
import { groupResults, type GroupedResults, type GroupLimits } from './groups';
import type { HighlightPart, SearchDocument, SearchIndex, SearchKind, SearchResult } from './index';

type Engine = typeof import('./index');

/**
 * The app's one search index: the bank (built once, on first use) plus the user's answers,
 * stories, narrative, own questions and practice transcripts, kept current document by document as they change. The
 * header box, the /search page and the interview page's question finder all ask it.
 */
class SearchSession {
	ready = $state(false);
	failed = $state(false);
	/** Bumped on every change to the user's documents, so results recompute. */
	version = $state(0);
	#engine: Engine | undefined;
	#index: SearchIndex | undefined;
	#starting: Promise<void> | undefined;
	#keys = new Map<string, string>();

	/** Loads the engine, the bank and the synonym list; safe to call many times. */
	start(): Promise<void> {
		this.#starting ??= (async () => {
			try {
				const [engine, themes, synonyms] = await Promise.all([
					import('./index'),
					loadBank(),
					fetchJson<string[][]>(resolve('/synonyms.json'))
				]);
				this.#engine = engine;
				this.#index = new engine.SearchIndex(engine.bankDocuments(themes), synonyms);
				// An answer saved under a retired id is found with, and links to, the surviving question.
				const questions = new Map(
					themes.flatMap((t) =>
						t.questions.flatMap((q) => [
							[q.id, q] as const,
							...(q.aliases ?? []).map(
								(alias) => [alias, { ...q, href: `/questions/${t.id}/${q.id}` }] as const
							)
						])
					)
				);
				watchSearchSources((sources) => this.#sync(sources, themes, questions));
				this.ready = true;
			} catch (error) {
				console.warn('Search could not start:', error);
				this.failed = true;
				this.#starting = undefined;
			}
		})();
		return this.#starting;
	}

	/**
	 * The user's matches, what they said in practice and the bank's, apart, each best first, and
	 * any "did you mean".
	 */
	find(query: string, limits: GroupLimits): GroupedResults {
		void this.version;
		if (!this.#index || !query.trim()) return { yours: [], spoken: [], questions: [] };
		const spoken = limits.spoken ?? limits.yours;
		const outcome = this.#index.query(query, {
			limit: limits.yours + spoken + limits.questions,
			limitPerKind: Math.max(limits.yours, spoken, limits.questions)
		});
		return groupResults(outcome, limits);
	}

	/**
	 * `text` split into parts with the words matching `words` marked (see `highlight`), from the
	 * engine already loaded: results exist only once it is, and the header stays light until then.
	 */
	highlight(text: string, words: readonly string[]): HighlightPart[] {
		return this.#engine ? this.#engine.highlight(text, words) : [{ text, match: false }];
	}

	/** About `length` characters of `text` around the first of `words` (see `snippet`). */
	snippet(text: string, words: readonly string[], length: number): string {
		return this.#engine ? this.#engine.snippet(text, words, length) : text.slice(0, length);
	}

	/** Ranked results of the given kinds only, e.g. questions for the interview page's finder. */
	search(query: string, kinds: readonly SearchKind[], limit = 8): SearchResult[] {
		void this.version;
		if (!this.#index || !query.trim()) return [];
		return this.#index.search(query, { limit, kinds });
	}

	/**
	 * Upserts what changed and removes what is gone: never a rebuild. A record is re-indexed only
	 * when its stamp (`updatedAt` and text lengths) moves, so a save costs one document's upsert,
	 * not a pass over everything the user has written.
	 */
	#sync(
		sources: SearchSources,
		themes: Theme[],
		bankQuestions: Map<string, { text: string; themeId: string; href?: string }>
	) {
		const engine = this.#engine!;
		const index = this.#index!;
		const themeOf = (id: string) => themes.find((t) => t.id === id);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not reactive state
		const wanted = new Map<string, { stamp: string; make: () => SearchDocument }>();
		const want = (id: string, stamp: string, make: () => SearchDocument) =>
			wanted.set(id, { stamp, make });
		const custom = new Map(sources.questions.map((q) => [q.id, q]));
		for (const q of sources.questions)
			want(engine.documentId('question', q.id), stampOf(q, q.text, q.notes), () =>
				engine.customQuestionDocument(q, themeOf(q.themeId))
			);
		const questionOf = (id: string) => {
			const own = custom.get(id);
			return own ? { ...own, href: `/questions/yours/${own.id}` } : bankQuestions.get(id);
		};
		for (const a of sources.answers) {
			const own = custom.get(a.questionId);
			const question = questionOf(a.questionId);
			if (!question || !(a.situation || a.task || a.action || a.result)) continue;
			const stamp =
				stampOf(a, a.situation, a.task, a.action, a.result) + (own ? stampOf(own, own.text) : '');
			want(engine.documentId('answer', a.questionId), stamp, () =>
				engine.answerDocument(a, question, themeOf(question.themeId))
			);
		}
		for (const st of sources.stories)
			want(engine.documentId('story', st.id), stampOf(st, st.title, st.action), () =>
				engine.storyDocument(st, themes)
			);
		for (const n of sources.narrative)
			if (n.text.trim())
				want(engine.documentId('narrative', n.sectionId), stampOf(n, n.text), () =>
					engine.narrativeDocument({ id: n.sectionId, title: sectionTitle(n.sectionId) }, n)
				);
		// What was said in practice: one document a question, stamped by each of its transcripts.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not reactive state
		const spoken = new Map<string, { stamp: string; texts: string[] }>();
		for (const t of sources.transcripts) {
			if (!t.text.trim()) continue;
			const entry = spoken.get(t.questionId) ?? { stamp: '', texts: [] };
			entry.stamp += `${t.attemptId}@${stampOf(t, t.text)}`;
			entry.texts.push(t.text);
			spoken.set(t.questionId, entry);
		}
		for (const [questionId, { stamp, texts }] of spoken) {
			const question = questionOf(questionId);
			if (!question) continue;
			want(engine.documentId('spoken', questionId), stamp + question.text, () =>
				engine.spokenDocument(questionId, texts, question, themeOf(question.themeId))
			);
		}
		for (const [id, { stamp, make }] of wanted) {
			if (this.#keys.get(id) === stamp) continue;
			this.#keys.set(id, stamp);
			index.upsert(make());
		}
		for (const id of this.#keys.keys())
			if (!wanted.has(id)) {
				this.#keys.delete(id);
				index.remove(id);
			}
		this.version++;
	}
}

/** What identifies a version of a record cheaply: when it last changed, and how long its text is. */
function stampOf(record: { updatedAt: string }, ...texts: string[]): string {
	return `${record.updatedAt}/${texts.map((t) => t?.length ?? 0).join(',')};`;
}

/** A narrative section's readable title from its id: `why-management` → "Why management". */
function sectionTitle(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return (await response.json()) as T;
}

export const searchSession = new SearchSession();
