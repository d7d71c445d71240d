import { describe, expect, it } from 'vitest';
import {
	companyKey,
	companyLoop,
	freshStories,
	groupByCompany,
	reuseWarnings,
	type LoopInterview
} from './story-reuse';

const interview = (
	id: string,
	company: string,
	storyIds: string[],
	interviewer = `interviewer ${id}`
): LoopInterview => ({ id, company, interviewer, stage: 'panel', date: '2025-03-04', storyIds });

const loop = [
	interview('a1', 'Acme Corp', ['migration', 'hiring-push'], 'Dana'),
	interview('a2', ' acme  corp', ['migration'], 'Sam'),
	interview('a3', 'ACMECORP', ['migration', 'reorg'], 'Lee'),
	interview('b1', 'Bolt', ['reorg', 'hiring-push'], 'Kim'),
	interview('n1', '', ['migration'], 'Nobody')
];

describe('companyKey and companyLoop', () => {
	it('treats case and spaces as the same company, and no company as no loop', () => {
		expect(companyKey(' Acme  Corp ')).toBe('acmecorp');
		expect(companyLoop(loop, 'acme corp').map((i) => i.id)).toEqual(['a1', 'a2', 'a3']);
		expect(companyLoop(loop, '  ')).toEqual([]);
	});
});

describe('reuseWarnings', () => {
	it('names every other interview at the same company where a story was also told', () => {
		expect(reuseWarnings(loop, 'a2')).toEqual([
			{ storyId: 'migration', toldIn: [loop[0], loop[2]] }
		]);
	});

	it('ignores the same story told at another company', () => {
		expect(reuseWarnings(loop, 'b1')).toEqual([]);
		expect(reuseWarnings(loop, 'a1')).toEqual([
			{ storyId: 'migration', toldIn: [loop[1], loop[2]] }
		]);
	});

	it('never warns for an interview without a company or one not in the list', () => {
		expect(reuseWarnings(loop, 'n1')).toEqual([]);
		expect(reuseWarnings(loop, 'missing')).toEqual([]);
	});

	it('warns once per story even if it was ticked twice', () => {
		const twice = [interview('x', 'Acme', ['s', 's']), interview('y', 'Acme', ['s'])];
		expect(reuseWarnings(twice, 'x')).toEqual([{ storyId: 's', toldIn: [twice[1]] }]);
	});
});

describe('freshStories', () => {
	const stories = ['migration', 'hiring-push', 'reorg', 'mentoring'].map((id) => ({ id }));

	it('lists the stories not told anywhere in that company’s loop', () => {
		expect(freshStories(stories, loop, 'acme corp').map((s) => s.id)).toEqual(['mentoring']);
		expect(freshStories(stories, loop, 'Bolt').map((s) => s.id)).toEqual([
			'migration',
			'mentoring'
		]);
	});

	it('counts everything as fresh for a new company or no company', () => {
		expect(freshStories(stories, loop, 'Zeta')).toEqual(stories);
		expect(freshStories(stories, loop, '')).toEqual(stories);
	});
});

describe('groupByCompany', () => {
	it('groups loops in the given order, with interviews without a company last', () => {
		const groups = groupByCompany([loop[4], loop[1], loop[3], loop[0]]);
		expect(groups.map((g) => [g.company, g.interviews.map((i) => i.id)])).toEqual([
			['Acme Corp', ['a2', 'a1']],
			['Bolt', ['b1']],
			['', ['n1']]
		]);
	});

	it('names a loop by its most used spelling, then by the more capitalised one', () => {
		const spelt = (...names: string[]) =>
			groupByCompany(names.map((name, i) => interview(`i${i}`, name, [])))[0].company;
		expect(spelt('acme corp', ' Acme   Corp ')).toBe('Acme Corp');
		expect(spelt('ACME corp', 'acme corp', 'acme corp')).toBe('acme corp');
	});
});
