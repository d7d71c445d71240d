/** Words that every question shares ("tell me about a time…"), left out when comparing titles. */
const COMMON = new Set(
	(
		'a an the of to in on at by or and for you your me about time tell describe give example ' +
		'how did what do would if with was that were had have it this my i we as from when who ' +
		'whom which'
	).split(' ')
);

function words(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.replace(/[^a-z0-9 ]/g, ' ')
			.split(/\s+/)
			.filter((w) => w && !COMMON.has(w))
	);
}

/**
 * Every pair of questions with how alike their titles are: the share of their distinctive words
 * they have in common (Jaccard), most alike first. Used to keep near-duplicates out of the bank.
 */
export function similarTitles(
	questions: readonly { id: string; text: string }[]
): [string, string, number][] {
	const sets = questions.map((q) => words(q.text));
	const pairs: [string, string, number][] = [];
	for (let i = 0; i < questions.length; i++)
		for (let j = i + 1; j < questions.length; j++) {
			const shared = [...sets[i]].filter((w) => sets[j].has(w)).length;
			const union = sets[i].size + sets[j].size - shared;
			pairs.push([questions[i].id, questions[j].id, union ? shared / union : 1]);
		}
	return pairs.sort((a, b) => b[2] - a[2]);
}
