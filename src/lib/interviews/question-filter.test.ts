import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '$lib/questions/catalogue';
import { findQuestions } from './question-filter';

const { questions } = buildCatalogue([
	{
		id: 'conflict',
		title: 'Conflict and hard conversations',
		questions: [
			{ id: 'conflict-design', text: 'Tell me about two engineers who disagreed on a design.' },
			{ id: 'conflict-peer', text: 'Describe a disagreement with a peer manager.' }
		]
	},
	{
		id: 'hiring',
		title: 'Hiring and onboarding',
		questions: [{ id: 'hiring-bad', text: 'Tell me about a hire that did not work out.' }]
	}
]);

describe('findQuestions', () => {
	it('needs every typed word, as the start of a word, in the text or theme title', () => {
		expect(findQuestions(questions, 'DISAGREE').map((q) => q.id)).toEqual([
			'conflict-design',
			'conflict-peer'
		]);
		expect(findQuestions(questions, 'disagree peer').map((q) => q.id)).toEqual(['conflict-peer']);
		expect(findQuestions(questions, 'onboarding hire').map((q) => q.id)).toEqual(['hiring-bad']);
		expect(findQuestions(questions, 'agree')).toEqual([]);
	});

	it('returns nothing for an empty query and stops at the limit', () => {
		expect(findQuestions(questions, '  ')).toEqual([]);
		expect(findQuestions(questions, 'tell', 1).map((q) => q.id)).toEqual(['conflict-design']);
	});
});
