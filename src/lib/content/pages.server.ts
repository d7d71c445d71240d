import { error } from '@sveltejs/kit';
import { markdown } from '$lib/markdown/render.server';
import { bank } from './bank.server';
import type { Question, Theme } from './types';
import type {
	NarrativeSectionView,
	QuestionGuidance,
	QuestionLink,
	ReadinessSkillView,
	ThemeIndexEntry,
	ThemeSummary
} from './views';

// What each page needs from the bank, with markdown already rendered and sanitised at build time,
// so the client bundle carries neither the parser nor marked.

const summary = (t: Theme): ThemeSummary => ({
	id: t.id,
	title: t.title,
	summary: t.summary,
	questionIds: t.questions.map((q) => q.id)
});
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

export function questionPage(themeId: string, questionId: string) {
	const theme = findTheme(themeId);
	const index = theme.questions.findIndex((q) => q.id === questionId);
	if (index < 0) error(404, `There is no question “${questionId}” in ${theme.title}.`);
	const q = theme.questions[index];
	const previous = theme.questions[index - 1];
	const next = theme.questions[index + 1];
	const question: QuestionGuidance = {
		...link(q),
		actionHint: plain(q.strongSignals[0] ?? ''),
		probesHtml: markdown.inline(q.probes),
		strongSignalsHtml: q.strongSignals.map(markdown.inline),
		redFlagsHtml: q.redFlags.map(markdown.inline),
		followUpsHtml: q.followUps.map(markdown.inline)
	};
	return {
		theme: { id: theme.id, title: theme.title },
		question,
		position: { index: index + 1, of: theme.questions.length },
		previous: previous && link(previous),
		next: next && link(next)
	};
}

/** Every theme and question route, so prerendering writes each page for offline use. */
export function themeEntries() {
	return bank.themes.map((t) => ({ theme: t.id }));
}

export function questionEntries() {
	return bank.themes.flatMap((t) => t.questions.map((q) => ({ theme: t.id, question: q.id })));
}

/** Inline markdown to plain text, for hints inside form descriptions. */
const plain = (md: string) => md.replace(/[*_`]/g, '');

/** Every theme with its questions' ids and texts (story bank, coverage matrix). */
export function themeIndex(): ThemeIndexEntry[] {
	return bank.themes.map((t) => ({
		id: t.id,
		title: t.title,
		questions: t.questions.map((q) => ({ id: q.id, text: q.text }))
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

/** The readiness page: the skills to rate and the fit reflection, prompts rendered at build time. */
export function readinessPage() {
	const { title, summary, intro, sections } = bank.readiness;
	const view = (s: (typeof sections)[number]): ReadinessSkillView => ({
		id: s.id,
		title: s.title,
		description: s.description,
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
