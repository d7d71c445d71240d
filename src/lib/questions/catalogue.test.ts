import { describe, expect, it } from 'vitest';
import { buildCatalogue, OWN_QUESTIONS_TITLE, questionHref } from './catalogue';

const q = (id: string, text: string, aliases?: string[]) => ({
	id,
	text,
	kind: 'behavioural' as const,
	levels: ['em' as const],
	companies: [],
	...(aliases ? { aliases } : {})
});
const themes = [
	{
		id: 'conflict',
		title: 'Conflict',
		questions: [
			q('conflict-a', 'Two engineers disagreed.'),
			q('conflict-b', 'You disagreed with your manager.')
		]
	},
	{
		id: 'hiring',
		title: 'Hiring',
		questions: [q('hiring-a', 'A hire that failed.', ['culture-hire-gone-wrong'])]
	}
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

	it('finds a merged question under its retired id, and gives the live id for it', () => {
		const catalogue = buildCatalogue(themes);
		expect(catalogue.byId.get('culture-hire-gone-wrong')?.id).toBe('hiring-a');
		expect(catalogue.liveId('culture-hire-gone-wrong')).toBe('hiring-a');
		expect(catalogue.liveId('conflict-a')).toBe('conflict-a');
		expect(catalogue.liveId('unknown')).toBe('unknown');
		expect(catalogue.questions).toHaveLength(3);
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
