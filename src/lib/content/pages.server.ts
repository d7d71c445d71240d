import { error } from '@sveltejs/kit';
import { markdown } from '$lib/markdown/render.server';
import { bank } from './bank.server';
import type { Question, Theme } from './types';

// What each page needs from the bank, with markdown already rendered and sanitised at build time,
// so the client bundle carries neither the parser nor marked.

export interface ThemeSummary {
	id: string;
	title: string;
	summary: string;
	questionCount: number;
}

export interface QuestionLink {
	id: string;
	themeId: string;
	text: string;
	kind: Question['kind'];
}

export interface QuestionGuidance extends QuestionLink {
	probesHtml: string;
	strongSignalsHtml: string[];
	redFlagsHtml: string[];
	followUpsHtml: string[];
}

const summary = (t: Theme): ThemeSummary => ({
	id: t.id,
	title: t.title,
	summary: t.summary,
	questionCount: t.questions.length
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
		probesHtml: markdown.inline(q.probes),
		strongSignalsHtml: q.strongSignals.map(markdown.inline),
		redFlagsHtml: q.redFlags.map(markdown.inline),
		followUpsHtml: q.followUps.map(markdown.inline)
	};
	return {
		theme: summary(theme),
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
