import { error } from '@sveltejs/kit';
import { markdown } from '$lib/markdown/render.server';
import { bank } from './bank.server';
import { retiredTheme } from './question-ids';
import type { CompanyTag, Question, Theme } from './types';
import type {
	CompanySummary,
	NarrativeSectionView,
	QuestionGuidance,
	QuestionLink,
	ReadinessSkillView,
	ThemeGuidance,
	ThemeIndexEntry,
	ThemeSummary
} from './views';

// What each page needs from the bank, with markdown already rendered and sanitised at build time,
// so the client bundle carries neither the parser nor marked.

const summary = (t: Theme): ThemeSummary => ({
	id: t.id,
	title: t.title,
	summary: t.summary,
	questionIds: t.questions.map((q) => q.id),
	retiredIds: Object.fromEntries(t.questions.flatMap((q) => q.aliases.map((a) => [a, q.id])))
});

/** A company tag as one string: `amazon/ownership`, or `startup` for the company alone. */
export const companyTag = (t: CompanyTag) => (t.value ? `${t.company}/${t.value}` : t.company);

const allQuestions = () => bank.themes.flatMap((t) => t.questions);
const link = (q: Question): QuestionLink => ({
	id: q.id,
	themeId: q.themeId,
	text: q.text,
	kind: q.kind
});

function findTheme(themeId: string): Theme {
	const theme = bank.themes.find((t) => t.id === themeId);
	if (!theme) error(404, `There is no theme called “${themeId}”.`);
	return theme;
}

export function themeSummaries(): ThemeSummary[] {
	return bank.themes.map(summary);
}

export function themePage(themeId: string) {
	const theme = findTheme(themeId);
	return {
		theme: { ...summary(theme), introHtml: markdown.block(theme.intro) },
		questions: theme.questions.map(link)
	};
}

/** A question's guidance, with markdown rendered and sanitised at build time. */
function guidance(q: Question): QuestionGuidance {
	return {
		...link(q),
		aliases: q.aliases,
		levels: q.levels,
		companies: q.companies.map(companyTag),
		actionHint: plain(q.strongSignals[0] ?? ''),
		probesHtml: markdown.inline(q.probes),
		strongSignalsHtml: q.strongSignals.map(markdown.inline),
		redFlagsHtml: q.redFlags.map(markdown.inline),
		followUpsHtml: q.followUps.map(markdown.inline)
	};
}

/**
 * One theme's questions with their guidance, served as one prerendered `/guidance/<theme>.json`
 * that every question page of the theme reads (see question-page.ts): one precached file per
 * theme instead of one per question, which kept the offline install inside its budget. `retired`
 * maps the ids this theme used to hold to the questions that absorbed them.
 */
export function themeGuidance(themeId: string): ThemeGuidance {
	const theme = findTheme(themeId);
	const themeIds = bank.themes.map((t) => t.id);
	const labels = tagLabels();
	const used = new Set(
		theme.questions.flatMap((q) => q.companies.flatMap((t) => [t.company, companyTag(t)]))
	);
	return {
		theme: { id: theme.id, title: theme.title, order: theme.order },
		questions: theme.questions.map(guidance),
		labels: Object.fromEntries([...used].map((tag) => [tag, labels[tag] ?? tag])),
		retired: Object.fromEntries(
			allQuestions().flatMap((q) =>
				q.aliases
					.filter((alias) => retiredTheme(alias, themeIds) === themeId)
					.map((alias) => [alias, { themeId: q.themeId, id: q.id }])
			)
		)
	};
}

/** Every theme and question route, so prerendering writes each page for offline use. */
export function themeEntries() {
	return bank.themes.map((t) => ({ theme: t.id }));
}

/** Every question page, and the old address of every retired id (prerendered as a redirect). */
export function questionEntries() {
	const themeIds = bank.themes.map((t) => t.id);
	return allQuestions().flatMap((q) => [
		{ theme: q.themeId, question: q.id },
		...q.aliases.map((alias) => ({ theme: retiredTheme(alias, themeIds)!, question: alias }))
	]);
}

/** Inline markdown to plain text, for hints inside form descriptions. */
const plain = (md: string) => md.replace(/[*_`]/g, '');

/** Every theme with its questions' ids, texts and tags (story bank, filters, practice, review). */
export function themeIndex(): ThemeIndexEntry[] {
	return bank.themes.map((t) => ({
		id: t.id,
		title: t.title,
		questions: t.questions.map((q) => ({
			id: q.id,
			text: q.text,
			kind: q.kind,
			levels: q.levels,
			companies: q.companies.map(companyTag),
			...(q.aliases.length ? { aliases: q.aliases } : {})
		}))
	}));
}

/** The narrative editor's sections with their prompts, rendered at build time. */
export function narrativePage() {
	const { title, summary, intro, sections } = bank.narrative;
	return {
		title,
		summary,
		introHtml: markdown.block(intro),
		sections: sections.map((s): NarrativeSectionView => ({
			id: s.id,
			title: s.title,
			description: s.description,
			targetSeconds: s.targetSeconds,
			promptsHtml: s.prompts.map(markdown.inline)
		}))
	};
}

/** The rubric criteria for rating a practice answer. */
export function rubricCriteria() {
	return bank.rubric.sections;
}

/** Theme id → job-description phrases (content/keywords.md), for ranking themes for a role. */
export function jobKeywords(): Record<string, string[]> {
	return bank.keywords;
}

/** Job-description phrases that count for no theme ("the ideal candidate"). */
export function ignoredJobPhrases(): string[] {
	return bank.ignoredPhrases;
}

/** The readiness page: the skills to rate and the fit reflection, prompts rendered at build time. */
export function readinessPage() {
	const { title, summary, intro, sections } = bank.readiness;
	const view = (s: (typeof sections)[number]): ReadinessSkillView => ({
		id: s.id,
		title: s.title,
		description: s.description,
		...(s.levels ? { levels: s.levels } : {}),
		promptsHtml: s.prompts.map(markdown.inline)
	});
	const fit = sections.find((s) => s.id === 'fit');
	if (!fit) throw new Error('content/readiness.md: the reflection section {#fit} is missing');
	return {
		title,
		summary,
		introHtml: markdown.block(intro),
		skills: sections.filter((s) => s !== fit).map(view),
		fit: view(fit)
	};
}

/** The companies with loop guides, for filters and lists. */
export function companySummaries(): CompanySummary[] {
	return bank.companies.map((c) => ({
		id: c.id,
		name: c.name,
		also: c.also,
		summary: c.summary,
		...(c.valuesTitle ? { valuesTitle: c.valuesTitle } : {}),
		values: c.values.map((v) => ({ id: v.id, name: v.name }))
	}));
}

export function companyEntries() {
	return bank.companies.map((c) => ({ company: c.id }));
}

/** A company's loop guide, rendered at build time, with how many questions serve each value. */
export function companyPage(companyId: string) {
	const company = bank.companies.find((c) => c.id === companyId);
	if (!company) error(404, `There is no loop guide for “${companyId}”.`);
	const tags = allQuestions().flatMap((q) => q.companies.filter((t) => t.company === company.id));
	return {
		company: {
			id: company.id,
			name: company.name,
			summary: company.summary,
			valuesTitle: company.valuesTitle,
			guideHtml: markdown.block(company.guide),
			questionCount: new Set(
				allQuestions()
					.filter((q) => q.companies.some((t) => t.company === company.id))
					.map((q) => q.id)
			).size,
			values: company.values.map((v) => ({
				id: v.id,
				name: v.name,
				description: v.description,
				questionCount: tags.filter((t) => t.value === v.id).length
			}))
		},
		others: companySummaries().filter((c) => c.id !== company.id)
	};
}

/** The questions to ask each interviewer, rendered at build time. */
export function questionsToAskPage() {
	const { title, summary, intro, sections } = bank.questionsToAsk;
	return {
		title,
		summary,
		introHtml: markdown.block(intro),
		sections: sections.map((s) => ({
			id: s.id,
			title: s.title,
			description: s.description,
			items: s.items.map((i) => ({ question: i.question, tellsHtml: markdown.inline(i.tells) }))
		}))
	};
}

/** Readable names for tags: `amazon/ownership` → "Amazon: Ownership", `startup` → "A typical startup". */
export function tagLabels(): Record<string, string> {
	return Object.fromEntries(
		bank.companies.flatMap((c) => [
			[c.id, c.name],
			...c.values.map((v) => [`${c.id}/${v.id}`, v.name])
		])
	);
}
