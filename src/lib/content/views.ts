import type { Question } from './types';

/**
 * What pages and components receive from the bank: plain data with markdown already rendered and
 * sanitised at build time (pages.server.ts builds them). Components import their types from here,
 * never from a `*.server` module.
 */

export interface ThemeSummary {
	id: string;
	title: string;
	summary: string;
	questionIds: string[];
}

export interface QuestionLink {
	id: string;
	themeId: string;
	text: string;
	kind: Question['kind'];
}

export interface QuestionGuidance extends QuestionLink {
	/** The first strong-answer signal as plain text, for the hint under Action. */
	actionHint?: string;
	probesHtml: string;
	strongSignalsHtml: string[];
	redFlagsHtml: string[];
	followUpsHtml: string[];
}

export interface ThemeIndexEntry {
	id: string;
	title: string;
	questions: { id: string; text: string }[];
}

export interface NarrativeSectionView {
	id: string;
	title: string;
	description: string;
	targetSeconds?: number;
	promptsHtml: string[];
}

export interface ReadinessSkillView {
	id: string;
	title: string;
	description: string;
	promptsHtml: string[];
}
