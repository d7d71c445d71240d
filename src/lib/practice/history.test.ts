import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '$lib/db/types';
import { chartPoints, historyByQuestion, spokenFigures } from './history';

const attempt = (questionId: string, startedAt: string, answerMs: number, ratings = {}) =>
	({
		id: startedAt,
		questionId,
		startedAt,
		answerMs,
		prepMs: 0,
		ratings,
		note: ''
	}) as AttemptRecord;

describe('spoken attempts', () => {
	it('gives the pace and fillers of a transcribed attempt, nothing for others', () => {
		const spoken = {
			...attempt('a', '2026-11-20T10:00:00Z', 30_000),
			transcript: {
				text: 'um so I decided to cut the scope and uh we shipped on time like we said',
				lang: 'en-US',
				segments: []
			}
		};
		expect(spokenFigures(spoken)).toEqual({ wordsPerMinute: 34, fillersPerMinute: 8 });
		expect(spokenFigures(attempt('a', '2026-11-20T10:00:00Z', 30_000))).toBeNull();
		expect(historyByQuestion([spoken])[0].attempts[0].spoken).toEqual({
			wordsPerMinute: 34,
			fillersPerMinute: 8
		});
	});
});

describe('historyByQuestion', () => {
	it('groups attempts per question, latest question first, attempts oldest first', () => {
		const h = historyByQuestion([
			attempt('a', '2026-11-20T10:00:00Z', 90000, { fit: 4, timing: 2 }),
			attempt('b', '2026-11-22T10:00:00Z', 60000),
			attempt('a', '2026-11-23T10:00:00Z', 120000, { fit: 5 })
		]);
		expect(h.map((g) => g.questionId)).toEqual(['a', 'b']);
		expect(h[0].attempts.map((a) => [a.answerMs, a.average])).toEqual([
			[90000, 3],
			[120000, 5]
		]);
		expect(h[1].attempts[0].average).toBeNull();
	});
});

describe('chartPoints', () => {
	it('spreads values across the width and maps them into the height', () => {
		expect(chartPoints([0, 5, 10], 100, 50, 0, 10)).toEqual([
			{ x: 0, y: 50 },
			{ x: 50, y: 25 },
			{ x: 100, y: 0 }
		]);
	});

	it('centres a single value, skips nulls and clamps outliers', () => {
		expect(chartPoints([3], 100, 10, 1, 5)).toEqual([{ x: 50, y: 5 }]);
		expect(chartPoints([null, 99], 100, 10, 0, 10)).toEqual([{ x: 100, y: 0 }]);
	});
});
