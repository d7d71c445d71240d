import type { Question, Theme } from '$lib/content/types';
import type {
	AnswerRecord,
	CustomQuestionRecord,
	NarrativeRecord,
	StoryRecord
} from '$lib/db/types';
import type { SearchDocument, SearchKind } from './types';

type ThemeLabel = Pick<Theme, 'id' | 'title'>;

/**
 * The index id of a record: `question:<id>`, `answer:<questionId>`, `story:<id>`,
 * `narrative:<sectionId>`, `spoken:<questionId>`.
 */
export function documentId(kind: SearchKind, key: string): string {
	return `${kind}:${key}`;
}

/**
 * Markdown reduced to the words a reader sees: link and image targets, emphasis markers, code
 * ticks, heading and list markers dropped. Good enough for indexing and snippets, not for display.
 */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
		.replace(/\*\*|~~|`|(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, '');
}

/**
 * The words of a bank question's id after its theme's (`brilliant-jerk` for
 * `performance-brilliant-jerk`): authors name each question by its gist. Nothing for the user's
 * own questions, whose ids are random.
 */
function idWords(questionId: string, themeId: string): string | undefined {
	return questionId.startsWith(`${themeId}-`) ? questionId.slice(themeId.length + 1) : undefined;
}

/** A bank question: its guidance is the body; its theme's title is matchable meta. */
export function questionDocument(question: Question, theme: ThemeLabel): SearchDocument {
	return {
		id: documentId('question', question.id),
		kind: 'question',
		title: question.text,
		text: plainText(
			[
				question.probes,
				...question.strongSignals,
				...question.redFlags,
				...question.followUps
			].join('\n')
		),
		href: `/questions/${theme.id}/${question.id}`,
		meta: theme.title,
		keywords: idWords(question.id, theme.id)
	};
}

/** Every question of the bank, in bank order. */
export function bankDocuments(
	themes: readonly (ThemeLabel & { questions: readonly Question[] })[]
): SearchDocument[] {
	return themes.flatMap((theme) => theme.questions.map((q) => questionDocument(q, theme)));
}

/** One of the user's own questions; `theme` is its theme when known. */
export function customQuestionDocument(
	question: Pick<CustomQuestionRecord, 'id' | 'themeId' | 'text' | 'notes' | 'followUps'>,
	theme?: ThemeLabel
): SearchDocument {
	return {
		id: documentId('question', question.id),
		kind: 'question',
		title: question.text,
		text: plainText([question.notes, ...question.followUps].join('\n')),
		href: `/questions/yours/${question.id}`,
		meta: theme?.title ?? ''
	};
}

/** The user's STAR answer to a question, titled by the question so it reads as what it answers. */
export function answerDocument(
	answer: Pick<AnswerRecord, 'questionId' | 'situation' | 'task' | 'action' | 'result'>,
	question: { text: string; themeId: string; href?: string },
	theme?: ThemeLabel
): SearchDocument {
	return {
		id: documentId('answer', answer.questionId),
		kind: 'answer',
		title: question.text,
		text: plainText([answer.situation, answer.task, answer.action, answer.result].join('\n')),
		href: question.href ?? `/questions/${question.themeId}/${answer.questionId}`,
		meta: theme?.title ?? '',
		keywords: idWords(answer.questionId, question.themeId)
	};
}

/**
 * Everything the user said in practice answers to one question (the transcripts as corrected),
 * titled by the question, linking to that question's practice history.
 */
export function spokenDocument(
	questionId: string,
	transcripts: readonly string[],
	question: { text: string; themeId: string },
	theme?: ThemeLabel
): SearchDocument {
	return {
		id: documentId('spoken', questionId),
		kind: 'spoken',
		title: question.text,
		text: transcripts.join('\n'),
		href: `/practice#${practisedAnchor(questionId)}`,
		meta: theme?.title ?? '',
		keywords: idWords(questionId, question.themeId)
	};
}

/** The element id of a question's entry in the practice history, which spoken results link to. */
export function practisedAnchor(questionId: string): string {
	return `practised-${questionId}`;
}

/** A story from the story bank; the titles of its themes are meta. */
export function storyDocument(
	story: Pick<
		StoryRecord,
		'id' | 'title' | 'situation' | 'task' | 'action' | 'result' | 'metrics' | 'themeIds'
	>,
	themes: readonly ThemeLabel[] = []
): SearchDocument {
	// Themes by title; an id no theme has any more is left out rather than shown raw.
	const titles = story.themeIds.flatMap((id) => themes.find((t) => t.id === id)?.title ?? []);
	return {
		id: documentId('story', story.id),
		kind: 'story',
		title: story.title,
		text: plainText(
			[story.situation, story.task, story.action, story.result, story.metrics].join('\n')
		),
		href: `/stories/${story.id}`,
		meta: titles.join(' · ')
	};
}

/** One section of the user's leadership narrative. */
export function narrativeDocument(
	section: { id: string; title: string },
	record: Pick<NarrativeRecord, 'text'>
): SearchDocument {
	return {
		id: documentId('narrative', section.id),
		kind: 'narrative',
		title: section.title,
		text: plainText(record.text),
		href: `/narrative#${section.id}`,
		meta: 'Leadership narrative'
	};
}
