import { ContentError, type ContentProblem, type Problems } from './content-error';
import { parseCompany } from './companies';
import { parseNarrative, parseQuestionsToAsk, parseReadiness, parseRubric } from './documents';
import { parseKeywords, type KeywordMap } from './keywords';
import { parseTheme, type KnownCompanies } from './themes';
import type { Bank, Company, Document, Theme } from './types';

/** Raw file contents keyed by path relative to the repository, e.g. `content/themes/x.md`. */
export type ContentFiles = Record<string, string>;

/**
 * Parses and validates the whole of `content/`: every file, then what only shows across files
 * (duplicate question ids, duplicate theme order, aliases that collide with live ids, tags of
 * unknown companies). Throws one ContentError listing every problem.
 */
export function loadBank(files: ContentFiles): Bank {
	const problems: ContentProblem[] = [];

	const companies = loadCompanies(files, problems);
	const known: KnownCompanies = new Map(
		companies.map((c) => [c.id, new Set(c.values.map((v) => v.id))])
	);

	const themes: Theme[] = [];
	const aliases: { alias: string; path: string; line: number }[] = [];
	const questionIds = new Map<string, string>();
	const orders = new Map<number, string>();
	const themePaths = Object.keys(files)
		.filter((p) => /^content\/themes\/[^/]+\.md$/.test(p))
		.sort();
	if (themePaths.length === 0)
		problems.push({ file: 'content/themes/', line: 1, reason: 'no theme files found' });
	for (const path of themePaths) {
		const { theme, problems: p, lines, aliasLines } = parseTheme(path, files[path], known);
		for (const [alias, line] of aliasLines) aliases.push({ alias, path, line });
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

	checkAliases(aliases, questionIds, themes, problems);

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
	const questionsToAsk = doc('content/questions-to-ask.md', parseQuestionsToAsk);

	let keywords: KeywordMap = {};
	let ignoredPhrases: string[] = [];
	const keywordsPath = 'content/keywords.md';
	if (!(keywordsPath in files))
		problems.push({ file: keywordsPath, line: 1, reason: 'file is missing' });
	else {
		const ids = themes.map((t) => t.id);
		const parsed = parseKeywords(keywordsPath, files[keywordsPath], ids);
		problems.push(...parsed.problems.list);
		keywords = parsed.keywords;
		ignoredPhrases = parsed.ignore;
	}

	if (problems.length) throw new ContentError(problems);
	themes.sort((a, b) => a.order - b.order);
	// In theme order, so themes that tie when ranking a job description keep the bank's order.
	keywords = Object.fromEntries(
		themes.filter((t) => t.id in keywords).map((t) => [t.id, keywords[t.id]])
	);
	return {
		themes,
		narrative,
		rubric,
		readiness,
		keywords,
		ignoredPhrases,
		companies,
		questionsToAsk
	};
}

/** Every `content/companies/<id>.md`, in their `order`; a duplicate order is a problem. */
function loadCompanies(files: ContentFiles, problems: ContentProblem[]): Company[] {
	const companies: Company[] = [];
	const orders = new Map<number, string>();
	for (const path of Object.keys(files)
		.filter((p) => /^content\/companies\/[^/]+\.md$/.test(p))
		.sort()) {
		const { company, problems: p } = parseCompany(path, files[path]);
		problems.push(...p.list);
		const other = orders.get(company.order);
		if (other && Number.isInteger(company.order))
			problems.push({
				file: path,
				line: 1,
				reason: `order ${company.order} is also used by ${other}`
			});
		orders.set(company.order, path);
		companies.push(company);
	}
	return companies.sort((a, b) => a.order - b.order);
}

/**
 * A retired id must never collide with a live one (the two would share answers), may lead to
 * one question only, and must start with a theme id so that its old page can be rebuilt as a
 * redirect.
 */
function checkAliases(
	aliases: { alias: string; path: string; line: number }[],
	questionIds: Map<string, string>,
	themes: Theme[],
	problems: ContentProblem[]
) {
	const seen = new Map<string, string>();
	for (const { alias, path, line } of aliases) {
		const live = questionIds.get(alias);
		const first = seen.get(alias);
		if (live)
			problems.push({
				file: path,
				line,
				reason: `alias "${alias}" is a live question id in ${live}`
			});
		else if (first)
			problems.push({
				file: path,
				line,
				reason: `alias "${alias}" is already an alias in ${first}`
			});
		else if (!themes.some((t) => alias.startsWith(`${t.id}-`)))
			problems.push({
				file: path,
				line,
				reason: `alias "${alias}" does not start with a theme id, so its old address is unknown`
			});
		seen.set(alias, path);
	}
}
