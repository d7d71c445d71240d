import type { Level, Question } from './types';

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
	/** Retired id → the live id of this theme that absorbed it (answers saved under it count). */
	retiredIds: Record<string, string>;
}

export interface QuestionLink {
	id: string;
	themeId: string;
	text: string;
	kind: Question['kind'];
}

export interface ThemeGuidance {
	theme: { id: string; title: string; order: number };
	questions: QuestionGuidance[];
	/** Retired id that used to live in this theme → the question that absorbed it. */
	retired: Record<string, { themeId: string; id: string }>;
	/** Readable names of the company tags its questions carry (`amazon/ownership` → "Ownership"). */
	labels: Record<string, string>;
}

export interface QuestionGuidance extends QuestionLink {
	/** Retired ids whose saved answers belong to this question. */
	aliases: string[];
	levels: Level[];
	/** `amazon/ownership`, `startup`: see `companyTag`. */
	companies: string[];
	/** The first strong-answer signal as plain text, for the hint under Action. */
	actionHint?: string;
	probesHtml: string;
	strongSignalsHtml: string[];
	redFlagsHtml: string[];
	followUpsHtml: string[];
}

export interface IndexedQuestion {
	id: string;
	text: string;
	kind: Question['kind'];
	levels: Level[];
	/** `amazon/ownership`, `startup`: see `companyTag`. */
	companies: string[];
	/** Retired ids that now lead here; absent when there are none. */
	aliases?: string[];
}

export interface ThemeIndexEntry {
	id: string;
	title: string;
	questions: IndexedQuestion[];
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
	/** What a rating of 1, 3 and 5 means. */
	levels?: { 1: string; 3: string; 5: string };
	promptsHtml: string[];
}

export interface CompanySummary {
	id: string;
	name: string;
	also: string[];
	summary: string;
	valuesTitle?: string;
	values: { id: string; name: string }[];
}
