import type { Theme } from '$lib/content/types';
import { watchSearchSources, type SearchSources } from '$lib/db/search-sources';
import type { SearchDocument, SearchIndex, SearchResult } from './index';

type Engine = typeof import('./index');

/**
 * The app's one search index: the bank (built once, on first use) plus the user's answers,
 * stories and narrative, kept current document by document as they change.
 */
class SearchSession {
	ready = $state(false);
	/** Bumped on every change to the user's documents, so results recompute. */
	version = $state(0);
	#engine: Engine | undefined;
	#index: SearchIndex | undefined;
	#starting: Promise<void> | undefined;
	#keys = new Map<string, string>();

	/** Loads the engine and the bank; safe to call many times. */
	start(): Promise<void> {
		this.#starting ??= (async () => {
			const [engine, themes] = await Promise.all([
				import('./index'),
				fetch('/bank.json').then((r) => r.json() as Promise<Theme[]>)
			]);
			this.#engine = engine;
			this.#index = new engine.SearchIndex(engine.bankDocuments(themes));
			const questions = new Map(themes.flatMap((t) => t.questions.map((q) => [q.id, q])));
			watchSearchSources((sources) => this.#sync(sources, themes, questions));
			this.ready = true;
		})();
		return this.#starting;
	}

	search(query: string, limit = 8): SearchResult[] {
		void this.version;
		if (!this.#index || !query.trim()) return [];
		return this.#index.search(query, { limit, limitPerKind: limit });
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
		for (const q of sources.questions) {
			docs.push(
				engine.customQuestionDocument(
					q,
					themes.find((t) => t.id === q.themeId)
				)
			);
			questions.set(q.id, { ...q, href: `/questions/yours/${q.id}` });
		}
		for (const a of sources.answers) {
			const question = questions.get(a.questionId);
			if (question && (a.situation || a.task || a.action || a.result))
				docs.push(
					engine.answerDocument(
						a,
						question,
						themes.find((t) => t.id === question.themeId)
					)
				);
		}
		for (const s of sources.stories) docs.push(engine.storyDocument(s, themes));
		for (const n of sources.narrative)
			if (n.text.trim())
				docs.push(engine.narrativeDocument({ id: n.sectionId, title: 'Narrative' }, n));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local, not reactive state
		const seen = new Set<string>();
		for (const doc of docs) {
			seen.add(doc.id);
			const key = `${doc.title}\u0000${doc.text}\u0000${doc.meta}`;
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

export const searchSession = new SearchSession();

export const KIND_LABELS = {
	question: 'Questions',
	answer: 'Your answers',
	story: 'Stories',
	narrative: 'Narrative'
} as const;
