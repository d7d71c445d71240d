import type { ThemeIndexEntry } from '$lib/content/views';
import { customQuestionsQuery } from '$lib/db/custom-questions';
import { Live } from '$lib/db/live.svelte';
import { loadFollowUps } from './bank-client';
import { buildCatalogue, type Catalogue } from './catalogue';

/**
 * The question catalogue kept current: the bank's themes (passed in, from the page's data) and
 * the user's own questions, live from the database.
 */
export class QuestionCatalogue {
	#own = new Live(customQuestionsQuery);
	#themes: () => readonly ThemeIndexEntry[] = () => [];
	/** Bank and own questions together; the bank alone until the user's have loaded. */
	current: Catalogue = $derived(buildCatalogue(this.#themes(), this.#own.current ?? []));

	constructor(themes: () => readonly ThemeIndexEntry[]) {
		this.#themes = themes;
	}

	/** True once the user's own questions are in. */
	get loaded() {
		return this.#own.loaded;
	}

	/** The catalogue as stored now, read once (for event handlers; see `Live.read`). */
	async read(): Promise<Catalogue> {
		return buildCatalogue(this.#themes(), await this.#own.read());
	}

	/** Every question's follow-ups as plain text, yours included (fetches the bank once). */
	async followUps(): Promise<Map<string, string[]>> {
		const followUps = await loadFollowUps();
		for (const q of this.#own.current ?? []) followUps.set(q.id, q.followUps);
		return followUps;
	}
}
