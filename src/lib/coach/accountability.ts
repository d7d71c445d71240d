import type { QuestionKind } from '$lib/content/types';

/**
 * Which questions the accountability check reads: those where interviewers listen for whether
 * the candidate owns their part. The one list of theme ids is here; a question outside these
 * themes counts too when it asks about a failure, a mistake or a conflict in so many words
 * (the user's own questions, or a delivery question about a missed deadline).
 */

/** Themes whose questions probe failure, conflict, feedback and performance. */
export const ACCOUNTABILITY_THEMES: readonly string[] = [
	'failure',
	'conflict',
	'feedback',
	'performance'
];

const ASKS_ABOUT_FAILURE =
	/\b(?:fail(?:ed|ure|ing)?|mistakes?|wrong|missed|did not work|didn['’]t work|went badly|blame|conflict|disagree(?:d|ment)?|underperform(?:ing|ance)?)\b/i;

/** What the coach knows of a question. Every field is optional: the coach works without one. */
export interface CoachQuestion {
	themeId?: string;
	kind?: QuestionKind;
	/** The question as asked, plain text. */
	text?: string;
	/** Its red flags, markdown or sanitised HTML: the coach points findings at them. */
	redFlags?: readonly string[];
}

/** Does this question probe whether the candidate owns their part? */
export function probesAccountability(question: CoachQuestion | undefined): boolean {
	if (!question) return false;
	if (question.themeId && ACCOUNTABILITY_THEMES.includes(question.themeId)) return true;
	return ASKS_ABOUT_FAILURE.test(question.text ?? '');
}
