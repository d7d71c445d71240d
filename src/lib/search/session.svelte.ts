import { resolve } from '$app/paths';
import type { Theme } from '$lib/content/types';
import { watchSearchSources, type SearchSources } from '$lib/db/search-sources';
import { groupResults, type GroupedResults } from './groups';
import type { SearchDocument, SearchIndex, SearchKind, SearchResult } from './index';

type Engine = typeof import('./index');

/**
 * The app's one search index: the bank (built once, on first use) plus the user's answers,
 * stories, narrative and own questions, kept current document by document as they change. The
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
					fetchJson<Theme[]>(resolve('/bank.json')),
					fetchJson<string[][]>(resolve('/synonyms.json'))
				]);
				this.#engine = engine;
				this.#index = new engine.SearchIndex(engine.bankDocuments(themes), synonyms);
				const questions = new Map(themes.flatMap((t) => t.questions.map((q) => [q.id, q])));
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

	/** The user's matches and the bank's, apart, each best first, and any "did you mean". */
	find(query: string, limits: { yours: number; questions: number }): GroupedResults {
		void this.version;
		if (!this.#index || !query.trim()) return { yours: [], questions: [] };
		const outcome = this.#index.query(query, {
			limit: limits.yours + limits.questions,
			limitPerKind: Math.max(limits.yours, limits.questions)
		});
		return groupResults(outcome, limits);
	}

	/** Ranked results of the given kinds only, e.g. questions for the interview page's finder. */
	search(query: string, kinds: readonly SearchKind[], limit = 8): SearchResult[] {
		void this.version;
		if (!this.#index || !query.trim()) return [];
		return this.#index.search(query, { limit, kinds });
	}

	/** Upserts what changed and removes what is gone: never a rebuild per keystroke. */
	#sync(
		sources: SearchSources,
		themes: Theme[],
		bankQuestions: Map<string, { text: string; themeId: string; href?: string }>
	) {
		const engine = this.#engine!;
		const index = this.#index!;
		const docs: SearchDocument[] = [];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not reactive state
		const questions = new Map(bankQuestions);
		const themeOf = (id: string) => themes.find((t) => t.id === id);
		for (const q of sources.questions) {
			docs.push(engine.customQuestionDocument(q, themeOf(q.themeId)));
			questions.set(q.id, { ...q, href: `/questions/yours/${q.id}` });
		}
		for (const a of sources.answers) {
			const question = questions.get(a.questionId);
			if (question && (a.situation || a.task || a.action || a.result))
				docs.push(engine.answerDocument(a, question, themeOf(question.themeId)));
		}
		for (const s of sources.stories) docs.push(engine.storyDocument(s, themes));
		for (const n of sources.narrative)
			if (n.text.trim())
				docs.push(
					engine.narrativeDocument({ id: n.sectionId, title: sectionTitle(n.sectionId) }, n)
				);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not reactive state
		const seen = new Set<string>();
		for (const doc of docs) {
			seen.add(doc.id);
			const key = `${doc.title}\u0000${doc.text}\u0000${doc.meta}\u0000${doc.keywords}`;
			if (this.#keys.get(doc.id) === key) continue;
			this.#keys.set(doc.id, key);
			index.upsert(doc);
		}
		for (const id of this.#keys.keys())
			if (!seen.has(id)) {
				this.#keys.delete(id);
				index.remove(id);
			}
		this.version++;
	}
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
