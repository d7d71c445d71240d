/** Finds questions by a few typed words, to note which ones an interviewer asked. Pure. */

interface FindableQuestion {
	text: string;
	themeTitle: string;
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
export function findQuestions<Q extends FindableQuestion>(
	questions: readonly Q[],
	query: string,
	limit = 8
): Q[] {
	const wanted = words(query);
	if (!wanted.length) return [];
	const found: Q[] = [];
	for (const q of questions) {
		const have = words(`${q.text} ${q.themeTitle}`);
		if (wanted.every((w) => have.some((h) => h.startsWith(w)))) found.push(q);
		if (found.length === limit) break;
	}
	return found;
}
