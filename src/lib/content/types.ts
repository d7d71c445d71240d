/** The typed model of `content/`, produced at build time by the parsers in this folder. */

/** Who a question suits: a first-time manager, an experienced EM, a manager of managers. */
export type Level = 'aspiring' | 'em' | 'senior-em';

/** A company tag: the company alone (`startup`), or one of its values (`amazon/ownership`). */
export interface CompanyTag {
	company: string;
	value?: string;
}

export type QuestionKind = 'behavioural' | 'hypothetical' | 'approach';

export interface Question {
	id: string;
	themeId: string;
	/** The question as asked, plain text. */
	text: string;
	/**
	 * `behavioural`: "Tell me about a time…"; `hypothetical`: "What would you do if…";
	 * `approach`: "How do you approach…", answered with how you work and a real example of it.
	 */
	kind: QuestionKind;
	/** Inline markdown. */
	probes: string;
	strongSignals: string[];
	redFlags: string[];
	followUps: string[];
	/** At least one; the levels whose loops ask this question. */
	levels: Level[];
	/** Companies whose loops probe it, with the value it serves where there is one. */
	companies: CompanyTag[];
	/**
	 * Retired ids that now lead here: a merged question's id stays an alias of the one that
	 * absorbed it, so answers, cards and attempts saved under it are never orphaned.
	 */
	aliases: string[];
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
	/** How to read the criterion for a "what would you do" or "how do you approach" question. */
	hypothetical?: string;
}

export interface ReadinessSkill {
	id: string;
	title: string;
	description: string;
	/** What a self-rating of 1, 3 and 5 means; absent for the fit reflection, which is not rated. */
	levels?: { 1: string; 3: string; 5: string };
	prompts: string[];
}

/** One value of a company (an Amazon Leadership Principle, a Meta value…). */
export interface CompanyValue {
	id: string;
	name: string;
	description: string;
}

/** `content/companies/<id>.md`: a loop guide, and the values questions can be tagged with. */
export interface Company {
	id: string;
	name: string;
	/** Other names an interview may log it under (AWS, Facebook). */
	also: string[];
	order: number;
	summary: string;
	/** What the company calls its values ("Leadership Principles"); absent when it has none. */
	valuesTitle?: string;
	/** The loop guide, markdown. */
	guide: string;
	values: CompanyValue[];
}

/** One question to ask an interviewer, and what the answer tells you. */
export interface AskItem {
	question: string;
	/** Inline markdown. */
	tells: string;
}

/** The questions to ask one kind of interviewer (`content/questions-to-ask.md`). */
export interface AskSection {
	id: string;
	title: string;
	description: string;
	items: AskItem[];
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
	companies: Company[];
	questionsToAsk: Document<AskSection>;
	/** Theme id → job-description phrases that point to it (`content/keywords.md`). */
	keywords: Record<string, string[]>;
	/** Job-description phrases that count for no theme, such as "ideal candidate". */
	ignoredPhrases: string[];
}
