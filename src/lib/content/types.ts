/** The typed model of `content/`, produced at build time by the parsers in this folder. */

export interface Question {
	id: string;
	themeId: string;
	/** The question as asked, plain text. */
	text: string;
	kind: 'behavioural' | 'hypothetical';
	/** Inline markdown. */
	probes: string;
	strongSignals: string[];
	redFlags: string[];
	followUps: string[];
}

export interface Theme {
	id: string;
	title: string;
	order: number;
	summary: string;
	/** Markdown shown above the theme's questions; may be empty. */
	intro: string;
	questions: Question[];
}

export interface NarrativeSection {
	id: string;
	title: string;
	description: string;
	/** Spoken length the section should fit, in seconds (the short versions only). */
	targetSeconds?: number;
	prompts: string[];
}

export interface RubricCriterion {
	id: string;
	title: string;
	description: string;
	levels: { 1: string; 3: string; 5: string };
}

export interface ReadinessSkill {
	id: string;
	title: string;
	description: string;
	prompts: string[];
}

export interface Document<T> {
	title: string;
	summary: string;
	intro: string;
	sections: T[];
}

export interface Bank {
	themes: Theme[];
	narrative: Document<NarrativeSection>;
	rubric: Document<RubricCriterion>;
	readiness: Document<ReadinessSkill>;
	/** Theme id → job-description phrases that point to it (`content/keywords.md`). */
	keywords: Record<string, string[]>;
}
