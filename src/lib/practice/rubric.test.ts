import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '$lib/db/types';
import {
	answerTiming,
	attemptAverage,
	criterionScores,
	isRating,
	nothingRated,
	questionAverages,
	selfRatedCriteria,
	summarizeRound,
	TIMING_CRITERION,
	timingRating,
	weakestCriterion,
	withMeasuredTiming,
	type Ratings
} from './rubric';
import type { QuestionResult } from './round-clock';

const criteria = [{ id: 'star-structure' }, { id: 'specificity' }, { id: 'ownership' }];

describe('attemptAverage', () => {
	it('averages the ratings given', () => {
		expect(attemptAverage({ 'star-structure': 4, specificity: 2, ownership: 3 })).toBe(3);
		expect(attemptAverage({ a: 5 })).toBe(5);
	});

	it('is null for an unrated attempt and ignores values outside 1–5', () => {
		expect(attemptAverage({})).toBeNull();
		expect(attemptAverage({ a: 0, b: 6, c: Number.NaN })).toBeNull();
		expect(attemptAverage({ a: 0, b: 4 })).toBe(4);
		// Saved without ratings: only the clock's within-time score is there.
		expect(attemptAverage({ [TIMING_CRITERION]: 1 })).toBeNull();
		expect(attemptAverage({ [TIMING_CRITERION]: 1, ownership: 5 })).toBe(3);
		expect(isRating('3')).toBe(false);
	});
});

describe('criteria across a round', () => {
	const round: Ratings[] = [
		{ 'star-structure': 4, specificity: 2, ownership: 5 },
		{ 'star-structure': 4, specificity: 3, ownership: 1 },
		{ 'star-structure': 5 }
	];

	it('averages each criterion over the ratings it has', () => {
		expect(criterionScores(round, criteria)).toEqual([
			{ criterionId: 'star-structure', average: 13 / 3, count: 3 },
			{ criterionId: 'specificity', average: 2.5, count: 2 },
			{ criterionId: 'ownership', average: 3, count: 2 }
		]);
	});

	it('finds the weakest criterion', () => {
		expect(weakestCriterion(round, criteria)).toEqual({
			criterionId: 'specificity',
			average: 2.5,
			count: 2
		});
	});

	it('counts only rubric criteria when given', () => {
		const ratings = [{ ownership: 2, specificity: 3, retired: 1 }];
		expect(weakestCriterion(ratings, criteria)?.criterionId).toBe('ownership');
		expect(weakestCriterion(ratings)?.criterionId).toBe('retired');
	});

	it('is null when nothing was rated', () => {
		expect(weakestCriterion([], criteria)).toBeNull();
		expect(weakestCriterion([{}, {}])).toBeNull();
	});

	it('is null unless one criterion is actually lower than every other', () => {
		expect(
			weakestCriterion([{ 'star-structure': 4, specificity: 4, ownership: 4 }], criteria)
		).toBeNull();
		expect(
			weakestCriterion([{ 'star-structure': 4, specificity: 2, ownership: 2 }], criteria)
		).toBeNull();
		expect(weakestCriterion([{ specificity: 2 }], criteria)).toBeNull();
		expect(weakestCriterion([{ specificity: 4, ownership: 3 }], criteria)?.criterionId).toBe(
			'ownership'
		);
	});
});

describe('questionAverages', () => {
	it('uses the latest three rated attempts, so improvement counts', () => {
		const attempts: Pick<AttemptRecord, 'questionId' | 'startedAt' | 'ratings'>[] = [
			{ questionId: 'a', startedAt: '2025-01-01T10:00:00Z', ratings: { x: 1 } },
			{ questionId: 'a', startedAt: '2025-01-04T10:00:00Z', ratings: { x: 5 } },
			{ questionId: 'a', startedAt: '2025-01-02T10:00:00Z', ratings: { x: 3 } },
			{ questionId: 'a', startedAt: '2025-01-03T10:00:00Z', ratings: { x: 4 } },
			{ questionId: 'a', startedAt: '2025-01-05T10:00:00Z', ratings: {} },
			{ questionId: 'b', startedAt: '2025-01-01T10:00:00Z', ratings: { x: 2, y: 3 } },
			{ questionId: 'c', startedAt: '2025-01-01T10:00:00Z', ratings: {} }
		];
		const averages = questionAverages(attempts);
		expect(averages.get('a')).toBe(4);
		expect(averages.get('b')).toBe(2.5);
		expect(averages.has('c')).toBe(false);
		expect(questionAverages(attempts, 10).get('a')).toBe(13 / 4);
	});
});

describe('answerTiming', () => {
	it('compares an answer with the target and the 3 minute mark', () => {
		expect(answerTiming(119_999, 120_000)).toBe('within-target');
		expect(answerTiming(60_000, 120_000)).toBe('within-target');
		expect(answerTiming(120_000, 120_000)).toBe('past-target');
		expect(answerTiming(179_999, 120_000)).toBe('past-target');
		expect(answerTiming(180_000, 120_000)).toBe('overtime');
	});

	it('does not call a 3-second answer within target', () => {
		expect(answerTiming(3_000, 120_000)).toBe('too-short');
		expect(answerTiming(59_999, 120_000)).toBe('too-short');
	});
});

describe('the "Within time" rating, from the clock', () => {
	it('follows the rubric: 5 for two to three minutes, 1 under a minute or past four', () => {
		const at = (seconds: number) => timingRating(seconds * 1000, 120_000);
		expect([3, 59, 60, 80, 90, 119, 120, 179, 180, 239, 240, 600].map(at)).toEqual([
			1, 1, 3, 4, 5, 5, 5, 5, 3, 3, 1, 1
		]);
	});

	it('follows the round’s target, and a 3-minute target still reaches 5', () => {
		expect(timingRating(50_000, 60_000)).toBe(5);
		expect(timingRating(20_000, 60_000)).toBe(1);
		expect(timingRating(150_000, 180_000)).toBe(5);
		expect(timingRating(185_000, 180_000)).toBe(3);
	});

	it('is added to what the user rated, and left out of what they are asked to rate', () => {
		const rubric = [{ id: 'ownership' }, { id: TIMING_CRITERION }];
		expect(selfRatedCriteria(rubric)).toEqual([{ id: 'ownership' }]);
		expect(
			withMeasuredTiming({ ownership: 4 }, rubric, { answerMs: 3_000, skipped: false }, 120_000)
		).toEqual({ ownership: 4, [TIMING_CRITERION]: 1 });
		expect(withMeasuredTiming({}, rubric, { answerMs: 0, skipped: true }, 120_000)).toEqual({});
		expect(
			withMeasuredTiming(
				{ ownership: 4 },
				[{ id: 'ownership' }],
				{ answerMs: 90_000, skipped: false },
				120_000
			)
		).toEqual({ ownership: 4 });
	});

	it('knows when nothing was rated', () => {
		expect(nothingRated({})).toBe(true);
		expect(nothingRated({ ownership: 0 })).toBe(true);
		expect(nothingRated({ ownership: 3 })).toBe(false);
	});
});

describe('summarizeRound', () => {
	const result = (questionId: string, answerMs: number, skipped = false): QuestionResult => ({
		questionId,
		startedAt: 0,
		prepMs: 30_000,
		answerMs,
		skipped
	});

	it('sums up times against the target, ratings and the weakest criterion', () => {
		const summary = summarizeRound(
			[
				result('q1', 90_000),
				result('q2', 150_000),
				result('q3', 5_000, true),
				result('q4', 200_000)
			],
			{
				q1: { 'star-structure': 4, specificity: 2 },
				q2: { 'star-structure': 5, specificity: 4, ownership: 3 },
				q3: { 'star-structure': 1 }
			},
			{ targetMs: 120_000, criteria }
		);
		expect(summary.items.map((i) => [i.questionId, i.timing, i.deltaMs, i.average])).toEqual([
			['q1', 'within-target', -30_000, 3],
			['q2', 'past-target', 30_000, 4],
			['q3', null, -115_000, null],
			['q4', 'overtime', 80_000, null]
		]);
		expect(summary).toMatchObject({
			answered: 3,
			skipped: 1,
			targetMs: 120_000,
			averageAnswerMs: (90_000 + 150_000 + 200_000) / 3,
			averageRating: 3.5,
			// specificity (2, 4) ties with ownership (3) at the bottom: no one weakest criterion.
			weakest: null
		});
		expect(summary.criteria.map((c) => c.criterionId)).toEqual([
			'star-structure',
			'specificity',
			'ownership'
		]);
	});

	it('copes with a round where everything was skipped', () => {
		const summary = summarizeRound([result('q1', 0, true)], {}, { targetMs: 120_000 });
		expect(summary).toMatchObject({
			answered: 0,
			skipped: 1,
			averageAnswerMs: null,
			averageRating: null,
			criteria: [],
			weakest: null
		});
	});
});
