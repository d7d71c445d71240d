/**
 * Scoring self-rated practice attempts against the rubric in `content/rubric.md`: averages per
 * attempt and per criterion, the weakest criterion, and the end-of-round summary.
 */
import type { RubricCriterion } from '$lib/content/types';
import type { AttemptRecord } from '$lib/db/types';
import { OVERTIME_MS, type QuestionResult } from './round-clock';

/** Ratings run 1..5; the rubric describes 1, 3 and 5. */
export const MIN_RATING = 1;
export const MAX_RATING = 5;
/** Below "3: there, but…" a criterion or answer counts as weak. */
export const WEAK_RATING = 3;
/** How many of a question's latest rated attempts make its current average. */
export const RECENT_ATTEMPTS = 3;

/** Ratings of one attempt: rubric criterion id → 1..5. */
export type Ratings = Readonly<Record<string, number>>;

/** A rating the scores can use; anything else (0 for "not rated", a stray string) is ignored. */
export function isRating(value: unknown): value is number {
	return typeof value === 'number' && value >= MIN_RATING && value <= MAX_RATING;
}

const mean = (values: readonly number[]) =>
	values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Mean of an attempt's ratings; null when nothing was rated (a skipped or unrated attempt). The
 * clock's within-time score alone is not a rating: an attempt saved without ratings would
 * otherwise read "rated 1.0" after a short answer, and count as the weakest question.
 */
export function attemptAverage(ratings: Ratings): number | null {
	const given = Object.entries(ratings).filter(([, value]) => isRating(value));
	if (given.every(([id]) => id === TIMING_CRITERION)) return null;
	return mean(given.map(([, value]) => value as number));
}

/** One criterion's mean over several attempts. */
export interface CriterionScore {
	criterionId: string;
	average: number;
	/** How many ratings the average is over. */
	count: number;
}

/**
 * Mean rating per criterion over `ratingsList`, criteria nobody rated left out. With `criteria`,
 * only those ids count and the list follows the rubric's order; otherwise first-seen order.
 */
export function criterionScores(
	ratingsList: readonly Ratings[],
	criteria?: readonly Pick<RubricCriterion, 'id'>[]
): CriterionScore[] {
	const values = new Map<string, number[]>(criteria?.map((c) => [c.id, []]));
	for (const ratings of ratingsList) {
		for (const [id, value] of Object.entries(ratings)) {
			if (!isRating(value)) continue;
			const list = values.get(id);
			if (list) list.push(value);
			else if (!criteria) values.set(id, [value]);
		}
	}
	return [...values]
		.filter(([, list]) => list.length > 0)
		.map(([criterionId, list]) => ({
			criterionId,
			average: mean(list) as number,
			count: list.length
		}));
}

/**
 * The criterion with the lowest mean across `ratingsList` (e.g. a round's attempts), but only when
 * it is actually lower than every other: all 4s, or two tied at the bottom, name no weakest one
 * (picking one of a tie would be arbitrary). Null when nothing was rated.
 */
export function weakestCriterion(
	ratingsList: readonly Ratings[],
	criteria?: readonly Pick<RubricCriterion, 'id'>[]
): CriterionScore | null {
	const scores = criterionScores(ratingsList, criteria);
	// One criterion alone is lower than nothing.
	if (scores.length < 2) return null;
	let weakest = scores[0];
	let tied = false;
	for (const score of scores.slice(1)) {
		if (score.average < weakest.average) {
			weakest = score;
			tied = false;
		} else if (score.average === weakest.average) tied = true;
	}
	return tied ? null : weakest;
}

/**
 * Each question's current average: the mean of its latest `recent` rated attempts, so a question
 * that has improved stops counting as weak. Questions with no rated attempt are absent.
 */
export function questionAverages(
	attempts: readonly Pick<AttemptRecord, 'questionId' | 'startedAt' | 'ratings'>[],
	recent = RECENT_ATTEMPTS
): Map<string, number> {
	const byQuestion = new Map<string, { startedAt: string; average: number }[]>();
	for (const attempt of attempts) {
		const average = attemptAverage(attempt.ratings);
		if (average === null) continue;
		const list = byQuestion.get(attempt.questionId) ?? [];
		list.push({ startedAt: attempt.startedAt, average });
		byQuestion.set(attempt.questionId, list);
	}
	const averages = new Map<string, number>();
	for (const [id, list] of byQuestion) {
		// ISO strings sort by time.
		list.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
		averages.set(id, mean(list.slice(0, Math.max(1, recent)).map((x) => x.average)) as number);
	}
	return averages;
}

/** Under this share of the target an answer is too short to count as within it. */
export const SHORT_SHARE = 0.5;

/** How an answer's length compares with the round's marks. */
export type AnswerTiming = 'too-short' | 'within-target' | 'past-target' | 'overtime';

/**
 * Too short (under half the target: a 3-second answer is not "within target"), within the
 * target, between the target and 3 minutes, or past 3 minutes.
 */
export function answerTiming(
	answerMs: number,
	targetMs: number,
	overtimeMs = OVERTIME_MS
): AnswerTiming {
	if (answerMs >= overtimeMs) return 'overtime';
	if (answerMs >= targetMs) return 'past-target';
	return answerMs < targetMs * SHORT_SHARE ? 'too-short' : 'within-target';
}

/** How each timing reads in a sentence ("1:03 · within target"). */
export const TIMING_LABELS: Record<AnswerTiming, string> = {
	'too-short': 'too short',
	'within-target': 'within target',
	'past-target': 'past target',
	overtime: 'over 3 min'
};

/** The rubric criterion the clock scores, not the user ("Within time"). */
export const TIMING_CRITERION = 'timing';

/** An answer this far past the 3-minute mark (4 minutes) has lost the listener: a 1. */
const LOST_MS = 60_000;

/**
 * "Within time" on the rubric's 1–5 scale, from the measured answer time: 5 from three quarters
 * of the target to the 3-minute mark, 4 a little short of that, 3 well short or up to a minute
 * past 3 minutes, 1 under half the target (a 3-second answer) or past 4 minutes.
 */
export function timingRating(answerMs: number, targetMs: number, overtimeMs = OVERTIME_MS): number {
	const end = Math.max(overtimeMs, targetMs);
	if (answerMs < targetMs * SHORT_SHARE || answerMs >= end + LOST_MS) return 1;
	if (answerMs >= end) return 3;
	if (answerMs >= targetMs * 0.75) return 5;
	return answerMs >= targetMs * 0.6 ? 4 : 3;
}

/** The criteria the user rates: every one but the one the clock scores. */
export const selfRatedCriteria = <T extends Pick<RubricCriterion, 'id'>>(criteria: readonly T[]) =>
	criteria.filter((c) => c.id !== TIMING_CRITERION);

/** True when none of `ratings` is a usable rating: saving it should be confirmed first. */
export const nothingRated = (ratings: Ratings) => !Object.values(ratings).some(isRating);

/**
 * The ratings to save for an answer: the user's, plus "Within time" from the clock when the
 * rubric has that criterion. A skipped answer gets no timing rating.
 */
export function withMeasuredTiming(
	ratings: Ratings,
	criteria: readonly Pick<RubricCriterion, 'id'>[],
	result: Pick<QuestionResult, 'answerMs' | 'skipped'>,
	targetMs: number,
	overtimeMs = OVERTIME_MS
): Ratings {
	if (result.skipped || !criteria.some((c) => c.id === TIMING_CRITERION)) return { ...ratings };
	return { ...ratings, [TIMING_CRITERION]: timingRating(result.answerMs, targetMs, overtimeMs) };
}

/** One question in the end-of-round summary. */
export interface SummaryItem extends QuestionResult {
	/** null for a skipped question. */
	timing: AnswerTiming | null;
	/** answerMs − targetMs: negative when short of the target. */
	deltaMs: number;
	ratings: Ratings;
	average: number | null;
}

/** The end-of-round summary. */
export interface RoundSummary {
	items: SummaryItem[];
	/** Questions answered (not skipped). */
	answered: number;
	skipped: number;
	targetMs: number;
	/** Mean answer time of the answered questions; null when none was answered. */
	averageAnswerMs: number | null;
	/** Mean of the answered questions' rating averages; null when nothing was rated. */
	averageRating: number | null;
	/** Per-criterion means over the round, in rubric order when `criteria` is given. */
	criteria: CriterionScore[];
	weakest: CriterionScore | null;
}

/**
 * Summarises a round from the clock's results and the ratings the user gave each answer
 * (keyed by question id; a question without ratings counts as unrated). Skipped questions are
 * listed but count toward neither times nor ratings.
 */
export function summarizeRound(
	results: readonly QuestionResult[],
	ratingsByQuestion: Readonly<Record<string, Ratings | undefined>>,
	options: {
		targetMs: number;
		overtimeMs?: number;
		criteria?: readonly Pick<RubricCriterion, 'id'>[];
	}
): RoundSummary {
	const { targetMs, overtimeMs = OVERTIME_MS, criteria } = options;
	const items: SummaryItem[] = results.map((result) => {
		const ratings = result.skipped ? {} : (ratingsByQuestion[result.questionId] ?? {});
		return {
			...result,
			timing: result.skipped ? null : answerTiming(result.answerMs, targetMs, overtimeMs),
			deltaMs: result.answerMs - targetMs,
			ratings,
			average: attemptAverage(ratings)
		};
	});
	const answered = items.filter((item) => !item.skipped);
	const rated = answered.map((item) => item.ratings);
	return {
		items,
		answered: answered.length,
		skipped: items.length - answered.length,
		targetMs,
		averageAnswerMs: mean(answered.map((item) => item.answerMs)),
		averageRating: mean(answered.flatMap((item) => (item.average === null ? [] : [item.average]))),
		criteria: criterionScores(rated, criteria),
		weakest: weakestCriterion(rated, criteria)
	};
}
