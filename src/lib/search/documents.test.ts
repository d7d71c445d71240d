import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { answerDocument, bankDocuments, documentId, plainText, storyDocument } from './documents';

describe('plainText', () => {
	it('drops markdown syntax but keeps the words', () => {
		expect(
			plainText(
				'# Title\n- **Bold** and _it_ and `code`\n1. a [link](https://x.test) ~~gone~~ snake_case'
			)
		).toBe('Title\nBold and it and code\na link gone snake_case');
	});
});

describe('documents', () => {
	it('turns every bank question into a question document', () => {
		const docs = bankDocuments(bank.themes);
		const count = bank.themes.reduce((n, t) => n + t.questions.length, 0);
		expect(docs).toHaveLength(count);
		expect(new Set(docs.map((d) => d.id)).size).toBe(count);
		const doc = docs.find((d) => d.id === documentId('question', 'conflict-design-disagreement'))!;
		expect(doc.href).toBe('/questions/conflict/conflict-design-disagreement');
		// The theme reads as context; the id's gist matches but never shows.
		expect(doc.meta).toBe('Conflict and hard conversations');
		expect(doc.keywords).toBe('design-disagreement');
		expect(doc.text).not.toContain('**');
	});

	it('titles an answer by its question and joins the STAR parts', () => {
		const doc = answerDocument(
			{ questionId: 'q1', situation: 'S', task: 'T', action: 'A **bold**', result: 'R' },
			{ text: 'The question?', themeId: 'conflict' }
		);
		expect(doc).toMatchObject({
			id: 'answer:q1',
			kind: 'answer',
			title: 'The question?',
			text: 'S\nT\nA bold\nR'
		});
	});

	it("names a story's themes by title", () => {
		const doc = storyDocument(
			{
				id: 's1',
				title: 'T',
				situation: '',
				task: '',
				action: '',
				result: '',
				metrics: '',
				themeIds: ['conflict', 'gone', 'delivery']
			},
			bank.themes
		);
		expect(doc.meta).toBe(
			'Conflict and hard conversations · Delivery, planning and prioritisation'
		);
		expect(doc.href).toBe('/stories/s1');
	});
});
