import { describe, expect, it } from 'vitest';
import { buildCatalogue, OWN_QUESTIONS_TITLE, questionHref } from './catalogue';

const themes = [
	{
		id: 'conflict',
		title: 'Conflict',
		questions: [
			{ id: 'conflict-a', text: 'Two engineers disagreed.' },
			{ id: 'conflict-b', text: 'You disagreed with your manager.' }
		]
	},
	{ id: 'hiring', title: 'Hiring', questions: [{ id: 'hiring-a', text: 'A hire that failed.' }] }
];

describe('buildCatalogue', () => {
	it('lists the bank in order, then your own questions, each with its theme title', () => {
		const catalogue = buildCatalogue(themes, [
			{ id: 'mine-1', themeId: 'hiring', text: 'A surprise layoff.' }
		]);
		expect(catalogue.questions.map((q) => q.id)).toEqual([
			'conflict-a',
			'conflict-b',
			'hiring-a',
			'mine-1'
		]);
		expect(catalogue.byId.get('mine-1')).toEqual({
			id: 'mine-1',
			text: 'A surprise layoff.',
			themeId: 'hiring',
			themeTitle: 'Hiring',
			yours: true
		});
		expect(catalogue.byId.get('conflict-b')?.yours).toBe(false);
	});

	it('gives a theme its bank questions first, then yours', () => {
		const catalogue = buildCatalogue(themes, [
			{ id: 'mine-1', themeId: 'conflict', text: 'Mine.' }
		]);
		expect(catalogue.byTheme('conflict').map((q) => q.id)).toEqual([
			'conflict-a',
			'conflict-b',
			'mine-1'
		]);
		expect(catalogue.byTheme('hiring').map((q) => q.id)).toEqual(['hiring-a']);
		expect(catalogue.byTheme('nowhere')).toEqual([]);
	});

	it('keeps a question of yours whose theme is gone, under "Your questions"', () => {
		const catalogue = buildCatalogue(themes, [{ id: 'mine-2', themeId: 'retired', text: 'Old.' }]);
		expect(catalogue.byId.get('mine-2')?.themeTitle).toBe(OWN_QUESTIONS_TITLE);
		expect(catalogue.themeTitle('hiring')).toBe('Hiring');
		expect(catalogue.byTheme('retired').map((q) => q.id)).toEqual(['mine-2']);
	});

	it('is the bank alone before your questions have loaded', () => {
		expect(buildCatalogue(themes).questions).toHaveLength(3);
	});
});

describe('questionHref', () => {
	it('links the bank under its theme and your own questions under /questions/yours', () => {
		expect(questionHref({ id: 'conflict-a', themeId: 'conflict', yours: false })).toBe(
			'/questions/conflict/conflict-a'
		);
		expect(questionHref({ id: 'yours-1', themeId: 'conflict', yours: true })).toBe(
			'/questions/yours/yours-1'
		);
	});
});
