import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import {
	answerDocument,
	bankDocuments,
	documentId,
	plainText,
	spokenDocument,
	storyDocument
} from './documents';
import { groupResults } from './groups';
import { SearchIndex } from './search-index';

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

describe('what was said in practice', () => {
	const theme = bank.themes[0];
	const question = theme.questions[0];
	const spoken = spokenDocument(
		question.id,
		['um so I moved the pager rota to the team leads', 'we paired on the on-call handover'],
		question,
		theme
	);

	it('is one document a question, titled by it, linking to its practice history', () => {
		expect(spoken).toMatchObject({
			id: `spoken:${question.id}`,
			kind: 'spoken',
			title: question.text,
			href: `/practice#practised-${question.id}`,
			meta: theme.title
		});
	});

	it('is found by a word only said, in its own group, beside the bank', () => {
		const index = new SearchIndex([...bankDocuments(bank.themes), spoken]);
		const found = groupResults(index.query('pager rota'), { yours: 5, questions: 5 });
		expect(found.spoken.map((r) => r.doc.id)).toEqual([`spoken:${question.id}`]);
		expect(found.yours).toEqual([]);
		// A typo still finds it.
		const typo = groupResults(index.query('handovr'), { yours: 5, questions: 5 });
		expect(typo.spoken.map((r) => r.doc.id)).toEqual([`spoken:${question.id}`]);
	});
});
