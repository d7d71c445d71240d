import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { CALIBRATION_SET } from './answers';
import { HELD_OUT_SET } from './held-out';
import { coachJudge } from './judge';
import { calibrationFigures } from './score';
import type { CalibrationAnswer } from './types';

const questions = new Map(bank.themes.flatMap((t) => t.questions.map((q) => [q.id, q])));
const judge = coachJudge(questions);

function wellFormed(set: readonly CalibrationAnswer[]) {
	const ids = set.map((a) => a.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const a of set) {
		expect(questions.has(a.questionId), a.questionId).toBe(true);
		expect(a.flaw !== undefined, a.id).toBe(a.grade === 'flawed');
	}
}

describe('the calibration set', () => {
	it('has three labelled answers to each of eight questions in the bank', () => {
		wellFormed(CALIBRATION_SET);
		const ids = new Set(CALIBRATION_SET.map((a) => a.questionId));
		expect(ids.size).toBe(8);
		for (const q of ids)
			expect(
				CALIBRATION_SET.filter((a) => a.questionId === q)
					.map((a) => a.grade)
					.sort()
			).toEqual(['flawed', 'mediocre', 'strong']);
	});

	it('keeps the held-out set apart: other questions, every answer labelled', () => {
		wellFormed(HELD_OUT_SET);
		const tuned = new Set(CALIBRATION_SET.map((a) => a.questionId));
		for (const a of HELD_OUT_SET) expect(tuned.has(a.questionId), a.questionId).toBe(false);
	});

	it('ranks the strong answer best, names the flaw, and leaves strong answers alone', () => {
		const figures = calibrationFigures(CALIBRATION_SET, judge);
		console.log(JSON.stringify(figures, null, 1));
		const heldOut = calibrationFigures(HELD_OUT_SET, judge);
		console.log(JSON.stringify(heldOut, null, 1));
		expect(figures.strongRanksBest).toBe(8);
		expect(figures.flawNamed).toBeGreaterThanOrEqual(7);
		expect(figures.strongFindings).toBeLessThanOrEqual(4);
	});
});
