import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { coachAnswer, type CoachCheckId } from '../rules';
import { CALIBRATION_SET } from './answers';
import { HELD_OUT_SET } from './held-out';
import { calibrationFigures, type Judge, type ScoredFinding } from './score';
import type { CalibrationAnswer } from './types';

const questionIds = new Set(bank.themes.flatMap((t) => t.questions.map((q) => q.id)));

// The first coach has no severity: the must-fix kinds are ownership, outcome and length.
const MUST_FIX = new Set<CoachCheckId>(['ownership', 'evidence', 'length']);
const judge: Judge = (entry) =>
	coachAnswer(entry.answer)
		.filter((c) => c.status === 'flag')
		.map((c): ScoredFinding => ({
			id: c.id,
			severity: MUST_FIX.has(c.id) ? 'must-fix' : 'polish'
		}));

function wellFormed(set: readonly CalibrationAnswer[]) {
	const ids = set.map((a) => a.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const a of set) {
		expect(questionIds.has(a.questionId), a.questionId).toBe(true);
		expect(a.flaw !== undefined, a.id).toBe(a.grade === 'flawed');
	}
}

describe('the calibration set', () => {
	it('has three labelled answers to each of eight questions in the bank', () => {
		wellFormed(CALIBRATION_SET);
		const questions = new Set(CALIBRATION_SET.map((a) => a.questionId));
		expect(questions.size).toBe(8);
		for (const q of questions)
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

	// Before any tuning: the first coach's figures, recorded so the history shows where it started.
	it('records the first coach’s figures', () => {
		const figures = (set: readonly CalibrationAnswer[]) => {
			const { strongRanksBest, flawNamed, strongFindings } = calibrationFigures(set, judge);
			return { strongRanksBest, flawNamed, strongFindings };
		};
		expect(figures(CALIBRATION_SET)).toEqual({
			strongRanksBest: 3,
			flawNamed: 3,
			strongFindings: 15
		});
		expect(figures(HELD_OUT_SET)).toEqual({ strongRanksBest: 3, flawNamed: 0, strongFindings: 6 });
	});
});
