/**
 * Retired question ids. When two questions of the bank are merged, the one that goes keeps its
 * id as an alias of the one that stays (`**Aliases:**` in content/), and everything the user saved
 * under it (answers, review cards, attempts, interviews) is shown with the surviving question.
 * Nothing is rewritten: these helpers only translate ids when reading.
 */

interface WithAliases {
	id: string;
	aliases?: readonly string[];
}

/** Retired id → the live id that absorbed it. */
export function aliasMap(questions: Iterable<WithAliases>): Map<string, string> {
	const map = new Map<string, string>();
	for (const q of questions) for (const alias of q.aliases ?? []) map.set(alias, q.id);
	return map;
}

/** The live id for a saved id: the id itself, or the question that absorbed it. */
export function liveId(aliases: ReadonlyMap<string, string>, id: string): string {
	return aliases.get(id) ?? id;
}

/** Every question under its own id and under each of its retired ids. */
export function byAnyId<Q extends WithAliases>(questions: Iterable<Q>): Map<string, Q> {
	const map = new Map<string, Q>();
	for (const q of questions) {
		map.set(q.id, q);
		for (const alias of q.aliases ?? []) map.set(alias, q);
	}
	return map;
}

/**
 * Which saved record a question's editor should open: the one under its own id, else the first
 * retired id that has one (so an answer written before a merge is edited where it lives), else
 * its own id for a new answer.
 */
export function answerKey(question: WithAliases, saved: (id: string) => boolean): string {
	if (saved(question.id)) return question.id;
	return question.aliases?.find(saved) ?? question.id;
}

/** The theme a retired id belonged to: the longest theme id it starts with. */
export function retiredTheme(alias: string, themeIds: readonly string[]): string | undefined {
	return themeIds.filter((t) => alias.startsWith(`${t}-`)).sort((a, b) => b.length - a.length)[0];
}
