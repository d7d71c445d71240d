import { describe, expect, it } from 'vitest';
import { starStats } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { COACH_RULES } from './rules';
import { checkLength, checkShape } from './shape-checks';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const stats = (parts: Partial<Record<StarPart, number>>, wordsPerMinute?: number) =>
	starStats(
		{
			situation: words(parts.situation ?? 0),
			task: words(parts.task ?? 0),
			action: words(parts.action ?? 0),
			result: words(parts.result ?? 0)
		},
		wordsPerMinute
	);

describe('shape', () => {
	const run = (parts: Partial<Record<StarPart, number>>) =>
		checkShape(stats(parts), COACH_RULES.shape);

	it('reports the Task on its own and gives the stakes room', () => {
		const f = run({ situation: 40, task: 50, action: 180, result: 80 });
		expect(f.status).toBe('pass');
		expect(f.detail).toBe('Situation 11%, Task 14%, Action 51%, Result 23% of 350 words');
	});

	it('polishes a set-up past about a third, must-fixes one that is most of the answer', () => {
		expect(run({ situation: 80, task: 40, action: 160, result: 60 })).toMatchObject({
			status: 'flag',
			severity: 'polish'
		});
		expect(run({ situation: 150, task: 60, action: 80, result: 40 }).severity).toBe('must-fix');
	});

	it('must-fixes a thin Action in absolute words', () => {
		const f = run({ situation: 170, task: 90, action: 22, result: 14 });
		expect(f).toMatchObject({ status: 'flag', severity: 'must-fix', title: 'Thin Action' });
	});

	it('waits for a draft with an Action', () => {
		expect(run({ situation: 30, action: 20 }).status).toBe('empty');
		expect(run({ situation: 100 }).status).toBe('empty');
	});
});

describe('length', () => {
	const run = (parts: Partial<Record<StarPart, number>>, wpm = 140, target = 120) =>
		checkLength(stats(parts, wpm), wpm, target, COACH_RULES.length);

	it('passes two to three minutes and must-fixes far past it', () => {
		expect(run({ action: 250, result: 50 }).status).toBe('pass');
		const long = run({ action: 400, result: 50 });
		expect(long).toMatchObject({ status: 'flag', severity: 'must-fix', title: 'Far too long' });
		expect(long.detail).toContain('About 3 min 13 s spoken at 140 wpm: over 3 min (target 2 min)');
	});

	it('must-fixes far too short once Action and Result are written', () => {
		expect(run({ action: 40 }).status).toBe('empty');
		expect(run({ action: 40, result: 20 })).toMatchObject({
			status: 'flag',
			severity: 'must-fix',
			title: 'Far too short'
		});
	});

	it('uses the speaking rate and target given', () => {
		expect(run({ action: 400, result: 40 }, 200).status).toBe('pass');
		expect(run({ action: 250, result: 30 }, 140, 60).status).toBe('flag');
	});
});
