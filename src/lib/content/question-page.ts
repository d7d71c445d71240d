import type { QuestionGuidance, QuestionLink, ThemeGuidance } from './views';

export type QuestionPageData =
	| {
			theme: ThemeGuidance['theme'];
			question: QuestionGuidance;
			labels: ThemeGuidance['labels'];
			position: { index: number; of: number };
			previous?: QuestionLink;
			next?: QuestionLink;
	  }
	| { redirect: { themeId: string; id: string } }
	| undefined;

const link = ({ id, themeId, text, kind }: QuestionLink): QuestionLink => ({
	id,
	themeId,
	text,
	kind
});

/**
 * What a question page shows, picked from its theme's guidance: the question, its place in the
 * theme and its neighbours; for an id retired into another question, where to send the reader;
 * undefined when the theme never had the id. Pure.
 */
export function questionFromGuidance(
	guidance: ThemeGuidance,
	questionId: string
): QuestionPageData {
	const retired = guidance.retired[questionId];
	if (retired) return { redirect: retired };
	const index = guidance.questions.findIndex((q) => q.id === questionId);
	if (index < 0) return undefined;
	const previous = guidance.questions[index - 1];
	const next = guidance.questions[index + 1];
	return {
		theme: guidance.theme,
		question: guidance.questions[index],
		labels: guidance.labels,
		position: { index: index + 1, of: guidance.questions.length },
		previous: previous && link(previous),
		next: next && link(next)
	};
}
