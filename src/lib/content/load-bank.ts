import { ContentError, type ContentProblem, type Problems } from './content-error';
import { parseNarrative, parseReadiness, parseRubric } from './documents';
import { parseKeywords, type KeywordMap } from './keywords';
import { parseTheme } from './themes';
import type { Bank, Document, Theme } from './types';

/** Raw file contents keyed by path relative to the repository, e.g. `content/themes/x.md`. */
export type ContentFiles = Record<string, string>;

/**
 * Parses and validates the whole of `content/`: every file, then what only shows across files
 * (duplicate question ids, duplicate theme order). Throws one ContentError listing every problem.
 */
export function loadBank(files: ContentFiles): Bank {
	const problems: ContentProblem[] = [];

	const themes: Theme[] = [];
	const questionIds = new Map<string, string>();
	const orders = new Map<number, string>();
	const themePaths = Object.keys(files)
		.filter((p) => /^content\/themes\/[^/]+\.md$/.test(p))
		.sort();
	if (themePaths.length === 0)
		problems.push({ file: 'content/themes/', line: 1, reason: 'no theme files found' });
	for (const path of themePaths) {
		const { theme, problems: p, lines } = parseTheme(path, files[path]);
		problems.push(...p.list);
		themes.push(theme);
		const other = orders.get(theme.order);
		if (other && Number.isInteger(theme.order))
			problems.push({
				file: path,
				line: 1,
				reason: `order ${theme.order} is also used by ${other}`
			});
		orders.set(theme.order, path);
		theme.questions.forEach((q, i) => {
			const first = questionIds.get(q.id);
			if (first)
				problems.push({
					file: path,
					line: lines[i],
					reason: `duplicate question id "${q.id}" (first used in ${first})`
				});
			else questionIds.set(q.id, path);
		});
	}

	const doc = <T>(
		path: string,
		parse: (file: string, source: string) => { doc: Document<T>; problems: Problems }
	): Document<T> => {
		if (!(path in files)) {
			problems.push({ file: path, line: 1, reason: 'file is missing' });
			return { title: '', summary: '', intro: '', sections: [] };
		}
		const parsed = parse(path, files[path]);
		problems.push(...parsed.problems.list);
		return parsed.doc;
	};
	const narrative = doc('content/narrative.md', parseNarrative);
	const rubric = doc('content/rubric.md', parseRubric);
	const readiness = doc('content/readiness.md', parseReadiness);

	let keywords: KeywordMap = {};
	const keywordsPath = 'content/keywords.md';
	if (!(keywordsPath in files))
		problems.push({ file: keywordsPath, line: 1, reason: 'file is missing' });
	else {
		const ids = themes.map((t) => t.id);
		const parsed = parseKeywords(keywordsPath, files[keywordsPath], ids);
		problems.push(...parsed.problems.list);
		keywords = parsed.keywords;
	}

	if (problems.length) throw new ContentError(problems);
	themes.sort((a, b) => a.order - b.order);
	// In theme order, so themes that tie when ranking a job description keep the bank's order.
	keywords = Object.fromEntries(
		themes.filter((t) => t.id in keywords).map((t) => [t.id, keywords[t.id]])
	);
	return { themes, narrative, rubric, readiness, keywords };
}
