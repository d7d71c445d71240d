/** Finds bank questions by a few typed words, to note which ones an interviewer asked. Pure. */

export interface BankQuestion {
	id: string;
	text: string;
	themeId: string;
	themeTitle: string;
}

interface ThemeWithQuestions {
	id: string;
	title: string;
	questions: readonly { id: string; text: string }[];
}

/** Every question of the bank with its theme's title, in bank order. */
export function bankQuestions(themes: readonly ThemeWithQuestions[]): BankQuestion[] {
	return themes.flatMap((t) =>
		t.questions.map((q) => ({ id: q.id, text: q.text, themeId: t.id, themeTitle: t.title }))
	);
}

const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * Questions whose text or theme title contains every typed word (as the start of a word, any
 * case), in bank order, at most `limit`. No words, no results.
 */
export function findQuestions(
	questions: readonly BankQuestion[],
	query: string,
	limit = 8
): BankQuestion[] {
	const wanted = words(query);
	if (!wanted.length) return [];
	const found: BankQuestion[] = [];
	for (const q of questions) {
		const have = words(`${q.text} ${q.themeTitle}`);
		if (wanted.every((w) => have.some((h) => h.startsWith(w)))) found.push(q);
		if (found.length === limit) break;
	}
	return found;
}
