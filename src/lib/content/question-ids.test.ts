import { describe, expect, it } from 'vitest';
import { aliasMap, answerKey, byAnyId, liveId, retiredTheme } from './question-ids';

const questions = [
	{ id: 'hiring-rapid-growth', aliases: ['culture-rapid-growth', 'hiring-doubling-team'] },
	{ id: 'hiring-defining-role' }
];

describe('retired question ids', () => {
	it('maps each retired id to the question that absorbed it, and live ids to themselves', () => {
		const aliases = aliasMap(questions);
		expect(liveId(aliases, 'culture-rapid-growth')).toBe('hiring-rapid-growth');
		expect(liveId(aliases, 'hiring-doubling-team')).toBe('hiring-rapid-growth');
		expect(liveId(aliases, 'hiring-defining-role')).toBe('hiring-defining-role');
		expect(liveId(aliases, 'unknown-id')).toBe('unknown-id');
	});

	it('finds a question by its own id or by any retired id', () => {
		const byId = byAnyId(questions);
		expect(byId.get('hiring-doubling-team')?.id).toBe('hiring-rapid-growth');
		expect(byId.get('hiring-defining-role')?.id).toBe('hiring-defining-role');
		expect(byId.size).toBe(4);
	});

	it('opens the answer saved under the live id first, then one saved under a retired id', () => {
		const [merged] = questions;
		expect(answerKey(merged, (id) => id === 'hiring-doubling-team')).toBe('hiring-doubling-team');
		expect(answerKey(merged, () => true)).toBe('hiring-rapid-growth');
		expect(answerKey(merged, () => false)).toBe('hiring-rapid-growth');
	});

	it('knows which theme a retired id came from, preferring the longest match', () => {
		const themes = ['first', 'first-90-days', 'culture'];
		expect(retiredTheme('first-90-days-old-question', themes)).toBe('first-90-days');
		expect(retiredTheme('culture-rapid-growth', themes)).toBe('culture');
		expect(retiredTheme('nowhere-at-all', themes)).toBeUndefined();
	});
});
