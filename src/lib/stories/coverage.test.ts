import { describe, expect, it } from 'vitest';
import { coverage, STRETCH_LIMIT } from './coverage';

const themes = [
	{ id: 'conflict', questionIds: ['conflict-a', 'conflict-b'] },
	{ id: 'hiring', questionIds: ['hiring-a'] },
	{ id: 'delivery', questionIds: ['delivery-a'] }
];

describe('coverage', () => {
	it('counts a theme as served by tags and by answers that use the story', () => {
		const c = coverage(
			themes,
			[
				{ id: 's1', themeIds: ['conflict'] },
				{ id: 's2', themeIds: [] }
			],
			new Map([
				['conflict-b', 's1'],
				['hiring-a', 's2'],
				['delivery-a', undefined]
			])
		);
		expect(c.cell('s1', 'conflict')).toEqual({ tagged: true, questionIds: ['conflict-b'] });
		expect(c.cell('s2', 'hiring')).toEqual({ tagged: false, questionIds: ['hiring-a'] });
		expect(c.cell('s2', 'conflict')).toEqual({ tagged: false, questionIds: [] });
		expect(c.uncovered).toEqual(['delivery']);
		expect(c.themeCount).toEqual(
			new Map([
				['s1', 1],
				['s2', 1]
			])
		);
	});

	it('lists every theme as uncovered with no stories, and ignores links to deleted stories', () => {
		const c = coverage(themes, [], new Map([['conflict-a', 'gone']]));
		expect(c.uncovered).toEqual(['conflict', 'hiring', 'delivery']);
	});

	it('flags a story stretched over too many themes', () => {
		const many = Array.from({ length: STRETCH_LIMIT + 1 }, (_, i) => ({
			id: `t${i}`,
			questionIds: []
		}));
		const c = coverage(
			many,
			[
				{ id: 'everything', themeIds: many.map((t) => t.id) },
				{ id: 'focused', themeIds: ['t0', 't1'] }
			],
			new Map()
		);
		expect([...c.stretched]).toEqual(['everything']);
	});
});
