import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '$lib/db/types';
import {
	clampCount,
	filterByThemes,
	MOCK_ROUND_QUESTIONS,
	seededRandom,
	selectMockRound,
	selectQuestions,
	shuffle,
	type PoolQuestion
} from './selection';

const q = (id: string): PoolQuestion => ({ id, themeId: id.split('-')[0] });
const pool = [
	'conflict-1',
	'conflict-2',
	'conflict-3',
	'hiring-1',
	'hiring-2',
	'delivery-1',
	'delivery-2',
	'feedback-1',
	'strategy-1',
	'growth-1',
	'growth-2',
	'failure-1'
].map(q);
const ids = (qs: readonly PoolQuestion[]) => qs.map((x) => x.id);
const attempt = (
	questionId: string,
	day: number,
	rating?: number
): Pick<AttemptRecord, 'questionId' | 'startedAt' | 'ratings'> => ({
	questionId,
	startedAt: `2025-01-${String(day).padStart(2, '0')}T10:00:00.000Z`,
	ratings: rating === undefined ? {} : { specificity: rating }
});

describe('seeded randomness', () => {
	it('repeats for a seed and differs between seeds', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
		expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(first);
		for (const x of first) expect(x >= 0 && x < 1).toBe(true);
	});

	it('shuffles into a permutation without touching the input', () => {
		const input = ids(pool);
		const out = shuffle(input, seededRandom(1));
		expect(out).not.toEqual(input);
		expect([...out].sort()).toEqual([...input].sort());
		expect(input).toEqual(ids(pool));
	});
});

describe('filters and counts', () => {
	it('filters by themes; empty means all', () => {
		expect(filterByThemes(pool, [])).toHaveLength(pool.length);
		expect(ids(filterByThemes(pool, ['hiring', 'failure']))).toEqual([
			'hiring-1',
			'hiring-2',
			'failure-1'
		]);
		expect(filterByThemes(pool, ['nope'])).toEqual([]);
	});

	it('clamps the count to 1–10', () => {
		expect(clampCount(0)).toBe(1);
		expect(clampCount(3.7)).toBe(3);
		expect(clampCount(99)).toBe(10);
		expect(clampCount(Number.NaN)).toBe(1);
		expect(selectQuestions(pool, { mode: 'random', count: 50 })).toHaveLength(10);
		expect(selectQuestions(pool, { mode: 'random', count: -1 })).toHaveLength(1);
	});

	it('returns fewer when the themes hold fewer, and none for an unknown theme', () => {
		const opts = { mode: 'random' as const, count: 5, random: seededRandom(3) };
		expect(ids(selectQuestions(pool, { ...opts, themeIds: ['conflict'] })).sort()).toEqual([
			'conflict-1',
			'conflict-2',
			'conflict-3'
		]);
		expect(selectQuestions(pool, { ...opts, themeIds: ['nope'] })).toEqual([]);
		expect(selectQuestions([], opts)).toEqual([]);
	});

	it('never repeats a question and keeps the caller’s objects', () => {
		const chosen = selectQuestions(pool, { mode: 'random', count: 10, random: seededRandom(9) });
		expect(new Set(chosen).size).toBe(10);
		for (const c of chosen) expect(pool).toContain(c);
	});
});

describe('random', () => {
	it('is deterministic for a seed', () => {
		const pick = (seed: number) =>
			ids(selectQuestions(pool, { mode: 'random', count: 4, random: seededRandom(seed) }));
		expect(pick(7)).toEqual(pick(7));
		expect(pick(7)).not.toEqual(pick(8));
	});
});

describe('unanswered-first', () => {
	it('puts questions without a written answer first, then the least practised', () => {
		const answeredIds = ids(pool).filter((id) => id !== 'hiring-2' && id !== 'growth-1');
		const attempts = [
			attempt('conflict-1', 1),
			attempt('conflict-1', 2),
			attempt('hiring-1', 1),
			...ids(pool)
				.filter((id) => !['conflict-1', 'hiring-1', 'delivery-1'].includes(id))
				.map((id) => attempt(id, 3))
		];
		const chosen = ids(
			selectQuestions(pool, {
				mode: 'unanswered-first',
				count: 4,
				answeredIds: new Set(answeredIds),
				attempts,
				random: seededRandom(5)
			})
		);
		expect(chosen.slice(0, 2).sort()).toEqual(['growth-1', 'hiring-2']);
		// Answered but never practised, then practised once.
		expect(chosen[2]).toBe('delivery-1');
		expect(chosen[3]).not.toBe('conflict-1');
	});
});

describe('weakest', () => {
	const attempts = [
		attempt('conflict-1', 1, 1),
		attempt('conflict-1', 2, 5),
		attempt('conflict-1', 3, 5),
		attempt('conflict-1', 4, 5), // recovered: latest three average 5
		attempt('hiring-1', 1, 2),
		attempt('hiring-2', 1, 1),
		attempt('delivery-1', 1, 4),
		attempt('delivery-2', 1, 3),
		attempt('feedback-1', 1) // practised but never rated
	];
	const rated = new Set(['conflict-1', 'hiring-1', 'hiring-2', 'delivery-1', 'delivery-2']);

	it('orders weak-rated, then never rated, then the rest lowest first', () => {
		const chosen = ids(
			selectQuestions(pool, { mode: 'weakest', count: 10, attempts, random: seededRandom(2) })
		);
		expect(chosen.slice(0, 2)).toEqual(['hiring-2', 'hiring-1']);
		const unrated = chosen.slice(2, 2 + pool.length - rated.size);
		expect(unrated.every((id) => !rated.has(id))).toBe(true);
		expect(unrated).toContain('feedback-1');
		expect(chosen.slice(9)).toEqual(['delivery-2']);
		// conflict-1 (5) and delivery-1 (4) are the strongest, so a round of 10 leaves them out.
		expect(chosen).not.toContain('conflict-1');
		expect(chosen).not.toContain('delivery-1');
	});

	it('falls back to random order when nothing is rated', () => {
		const chosen = selectQuestions(pool, { mode: 'weakest', count: 3, random: seededRandom(4) });
		expect(chosen).toHaveLength(3);
	});
});

describe('due', () => {
	it('takes cards due soonest first (most overdue first), cardless questions last', () => {
		const cards = [
			{ questionId: 'growth-2', due: '2025-03-10T09:00:00.000Z' },
			{ questionId: 'hiring-1', due: '2025-03-01T09:00:00.000Z' },
			{ questionId: 'conflict-3', due: '2025-02-20T09:00:00.000Z' },
			{ questionId: 'strategy-1', due: '2025-03-04T09:00:00.000Z' }
		];
		const chosen = ids(
			selectQuestions(pool, { mode: 'due', count: 6, cards, random: seededRandom(1) })
		);
		expect(chosen.slice(0, 4)).toEqual(['conflict-3', 'hiring-1', 'strategy-1', 'growth-2']);
		expect(chosen.slice(4).every((id) => !cards.some((c) => c.questionId === id))).toBe(true);
	});

	it('respects the theme filter', () => {
		const cards = [
			{ questionId: 'hiring-1', due: '2025-03-01T09:00:00.000Z' },
			{ questionId: 'conflict-3', due: '2025-02-20T09:00:00.000Z' }
		];
		expect(
			ids(selectQuestions(pool, { mode: 'due', count: 1, cards, themeIds: ['hiring'] }))
		).toEqual(['hiring-1']);
	});
});

describe('mock round', () => {
	it('picks 5 questions from 5 different themes', () => {
		for (let seed = 0; seed < 20; seed++) {
			const chosen = selectMockRound(pool, { random: seededRandom(seed) });
			expect(chosen).toHaveLength(MOCK_ROUND_QUESTIONS);
			expect(new Set(chosen.map((c) => c.themeId)).size).toBe(5);
		}
	});

	it('is deterministic for a seed', () => {
		expect(ids(selectMockRound(pool, { random: seededRandom(11) }))).toEqual(
			ids(selectMockRound(pool, { random: seededRandom(11) }))
		);
	});

	it('spreads repeats evenly when fewer than 5 themes are chosen', () => {
		const chosen = selectMockRound(pool, {
			themeIds: ['conflict', 'hiring'],
			random: seededRandom(6)
		});
		expect(chosen).toHaveLength(5);
		const perTheme = chosen.reduce<Record<string, number>>(
			(n, c) => ({ ...n, [c.themeId]: (n[c.themeId] ?? 0) + 1 }),
			{}
		);
		expect(perTheme).toEqual({ conflict: 3, hiring: 2 });
		expect(new Set(chosen).size).toBe(5);
	});

	it('returns what there is when the pool is small', () => {
		expect(selectMockRound(pool.slice(0, 2))).toHaveLength(2);
		expect(selectMockRound([])).toEqual([]);
	});
});
