import { resolve } from '$app/paths';
import type { IndexedQuestion, ThemeIndexEntry } from '$lib/content/views';

/** The few fields of one of the user's own questions that the catalogue needs. */
export interface OwnQuestion {
	id: string;
	themeId: string;
	text: string;
}

/** A question of the bank or one of the user's own, described the same way. */
export interface CatalogueQuestion {
	id: string;
	text: string;
	themeId: string;
	/** The theme's title; "Your questions" for one of yours whose theme is gone. */
	themeTitle: string;
	/** True for a question the user added. */
	yours: boolean;
	/** A bank question's kind, levels and company tags (the user's own have none). */
	kind?: IndexedQuestion['kind'];
	levels?: IndexedQuestion['levels'];
	companies?: IndexedQuestion['companies'];
	/** Retired ids that now lead to this bank question. */
	aliases?: readonly string[];
}

/** Every question the user can answer, practise or log: the bank's and their own. */
export interface Catalogue {
	themes: readonly ThemeIndexEntry[];
	/** The bank's questions in bank order, then the user's own in the order given. */
	questions: readonly CatalogueQuestion[];
	/** Every question by its id, and each bank question also by its retired ids (aliases). */
	byId: ReadonlyMap<string, CatalogueQuestion>;
	/** The live id for a saved id: itself, or the question a retired id was merged into. */
	liveId(id: string): string;
	/** A theme's questions: the bank's first, then the user's own. */
	byTheme(themeId: string): CatalogueQuestion[];
	themeTitle(themeId: string): string;
}

/** What a question of yours shows as its theme when that theme no longer exists. */
export const OWN_QUESTIONS_TITLE = 'Your questions';

/** Puts the bank's questions and the user's own in one catalogue. Pure. */
export function buildCatalogue(
	themes: readonly ThemeIndexEntry[],
	own: readonly OwnQuestion[] = []
): Catalogue {
	const titles = new Map(themes.map((t) => [t.id, t.title]));
	const themeTitle = (themeId: string) => titles.get(themeId) ?? OWN_QUESTIONS_TITLE;
	const questions: CatalogueQuestion[] = [
		...themes.flatMap((t) =>
			t.questions.map((q) => ({
				...q,
				themeId: t.id,
				themeTitle: t.title,
				yours: false
			}))
		),
		...own.map((q) => ({
			id: q.id,
			text: q.text,
			themeId: q.themeId,
			themeTitle: themeTitle(q.themeId),
			yours: true
		}))
	];
	const byTheme = new Map<string, CatalogueQuestion[]>();
	for (const q of questions) byTheme.set(q.themeId, [...(byTheme.get(q.themeId) ?? []), q]);
	// Answers, cards and attempts saved under a retired id belong to the question that absorbed it.
	const byId = new Map(questions.map((q) => [q.id, q]));
	for (const q of questions) for (const alias of q.aliases ?? []) byId.set(alias, q);
	return {
		themes,
		questions,
		byId,
		liveId: (id) => byId.get(id)?.id ?? id,
		byTheme: (themeId) => byTheme.get(themeId) ?? [],
		themeTitle
	};
}

/** Where a question's page is: the bank's under its theme, yours under /questions/yours. */
export function questionHref(q: Pick<CatalogueQuestion, 'id' | 'themeId' | 'yours'>): string {
	return q.yours
		? resolve('/questions/yours/[id]', { id: q.id })
		: resolve('/questions/[theme]/[question]', { theme: q.themeId, question: q.id });
}
