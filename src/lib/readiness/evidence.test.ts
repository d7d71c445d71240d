import { describe, expect, it } from 'vitest';
import { evidenceSuggestions, skillEvidence, summarise } from './evidence';

const skills = [
	{ id: 'listening', title: 'Active listening' },
	{ id: 'feedback', title: 'Giving feedback' },
	{ id: 'conflict', title: 'Resolving conflict' }
];

describe('skillEvidence', () => {
	it('grades evidence by the number of linked stories', () => {
		expect(skillEvidence(undefined)).toMatchObject({
			strength: 'none',
			label: 'No evidence yet',
			storyIds: []
		});
		expect(skillEvidence({ storyIds: ['a'] })).toMatchObject({
			strength: 'thin',
			label: 'Thin evidence: 1 story'
		});
		expect(skillEvidence({ rating: 3, storyIds: ['a', 'b', 'c'] })).toMatchObject({
			strength: 'ok',
			label: 'Good evidence: 3 stories',
			rating: 3
		});
	});

	it('flags a rating of 4 or 5 with no story behind it', () => {
		expect(skillEvidence({ rating: 4, storyIds: [] }).ratedHighWithoutEvidence).toBe(true);
		expect(skillEvidence({ rating: 5, storyIds: [] }).ratedHighWithoutEvidence).toBe(true);
		expect(skillEvidence({ rating: 3, storyIds: [] }).ratedHighWithoutEvidence).toBe(false);
		expect(skillEvidence({ rating: 5, storyIds: ['a'] }).ratedHighWithoutEvidence).toBe(false);
		expect(skillEvidence({ storyIds: [] }).ratedHighWithoutEvidence).toBe(false);
	});

	it('does not count links to deleted stories once the story bank is known', () => {
		const record = { rating: 5, storyIds: ['gone', 'kept'] };
		expect(skillEvidence(record).strength).toBe('ok');
		const e = skillEvidence(record, new Set(['kept']));
		expect(e).toMatchObject({ strength: 'thin', storyIds: ['kept'] });
		expect(skillEvidence(record, new Set()).ratedHighWithoutEvidence).toBe(true);
	});
});

describe('summarise', () => {
	it('starts with nothing rated and every skill needing evidence', () => {
		expect(summarise(skills, new Map())).toEqual({
			rated: 0,
			total: 3,
			average: undefined,
			needEvidence: skills,
			ratedHighWithoutEvidence: []
		});
	});

	it('averages the ratings given and lists skills by what they lack', () => {
		const records = new Map([
			['listening', { rating: 4, storyIds: [] }],
			['feedback', { rating: 3, storyIds: ['a', 'b'] }],
			['conflict', { rating: 2, storyIds: ['c'] }],
			['fit', { storyIds: [] }]
		]);
		const summary = summarise(skills, records);
		expect(summary.rated).toBe(3);
		expect(summary.average).toBe(3);
		expect(summary.needEvidence.map((s) => s.id)).toEqual(['listening', 'conflict']);
		expect(summary.ratedHighWithoutEvidence.map((s) => s.id)).toEqual(['listening']);
	});

	it('rounds the average to one decimal', () => {
		const records = new Map([
			['listening', { rating: 4, storyIds: [] }],
			['feedback', { rating: 4, storyIds: [] }],
			['conflict', { rating: 5, storyIds: [] }]
		]);
		expect(summarise(skills, records).average).toBe(4.3);
	});
});

describe('evidenceSuggestions', () => {
	const records = new Map([
		['listening', { storyIds: ['a', 'b'] }],
		['feedback', { storyIds: ['b', 'gone', 'b'] }],
		['conflict', { rating: 3, storyIds: ['c'] }],
		['fit', { storyIds: [] }]
	]);

	it('lists each evidence story once with the skills it backs, most-used first', () => {
		expect(evidenceSuggestions(records, [])).toEqual([
			{ storyId: 'b', skillIds: ['listening', 'feedback'] },
			{ storyId: 'a', skillIds: ['listening'] },
			{ storyId: 'gone', skillIds: ['feedback'] },
			{ storyId: 'c', skillIds: ['conflict'] }
		]);
	});

	it('leaves out stories already linked and stories that were deleted', () => {
		const existing = new Set(['a', 'b', 'c']);
		expect(evidenceSuggestions(records, ['b'], existing)).toEqual([
			{ storyId: 'a', skillIds: ['listening'] },
			{ storyId: 'c', skillIds: ['conflict'] }
		]);
		expect(evidenceSuggestions(records, ['a', 'b', 'c'], existing)).toEqual([]);
	});
});
