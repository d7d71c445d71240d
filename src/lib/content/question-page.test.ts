import { describe, expect, it } from 'vitest';
import type { QuestionGuidance, ThemeGuidance } from './views';
import { questionFromGuidance } from './question-page';

const question = (id: string): QuestionGuidance => ({
	id,
	themeId: 'hiring',
	text: `${id}?`,
	kind: 'behavioural',
	aliases: [],
	levels: ['em'],
	companies: [],
	probesHtml: 'p',
	strongSignalsHtml: [],
	redFlagsHtml: [],
	followUpsHtml: []
});
const guidance: ThemeGuidance = {
	theme: { id: 'hiring', title: 'Hiring', order: 9 },
	questions: [question('hiring-a'), question('hiring-b'), question('hiring-c')],
	retired: { 'hiring-doubling-team': { themeId: 'hiring', id: 'hiring-rapid-growth' } },
	labels: { amazon: 'Amazon' }
};

describe('questionFromGuidance', () => {
	it('finds the question with its position and plain links to its neighbours', () => {
		const page = questionFromGuidance(guidance, 'hiring-b');
		expect(page).toMatchObject({
			theme: { id: 'hiring', title: 'Hiring', order: 9 },
			question: { id: 'hiring-b', probesHtml: 'p' },
			position: { index: 2, of: 3 },
			previous: { id: 'hiring-a', themeId: 'hiring', text: 'hiring-a?', kind: 'behavioural' },
			next: { id: 'hiring-c', themeId: 'hiring', text: 'hiring-c?', kind: 'behavioural' }
		});
		expect(page && 'previous' in page && page.previous).not.toHaveProperty('probesHtml');
		expect(questionFromGuidance(guidance, 'hiring-a')).toMatchObject({ previous: undefined });
	});

	it('sends a retired id to the question that absorbed it', () => {
		expect(questionFromGuidance(guidance, 'hiring-doubling-team')).toEqual({
			redirect: { themeId: 'hiring', id: 'hiring-rapid-growth' }
		});
	});

	it('knows nothing of an id the theme never had', () => {
		expect(questionFromGuidance(guidance, 'hiring-nope')).toBeUndefined();
	});
});
