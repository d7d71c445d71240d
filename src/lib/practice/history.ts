import type { AttemptRecord } from '$lib/db/types';
import { speechReport } from '$lib/speech/delivery';
import { attemptAverage } from './rubric';

/** How a transcribed attempt was spoken; either figure is null when too short to tell. */
export interface SpokenFigures {
	wordsPerMinute: number | null;
	fillersPerMinute: number | null;
}

export interface QuestionHistory {
	questionId: string;
	attempts: {
		startedAt: string;
		answerMs: number;
		average: number | null;
		note: string;
		/** Null when the attempt was not transcribed. */
		spoken: SpokenFigures | null;
	}[];
	lastAt: string;
}

/** Pace and fillers of an attempt from its transcript; null without one. */
export function spokenFigures(attempt: AttemptRecord): SpokenFigures | null {
	const t = attempt.transcript;
	if (!t) return null;
	const { wordsPerMinute, fillersPerMinute } = speechReport(t.text, t.segments, attempt.answerMs);
	return { wordsPerMinute, fillersPerMinute };
}

/** Attempts grouped by question, each oldest first; questions most recently practised first. */
export function historyByQuestion(attempts: readonly AttemptRecord[]): QuestionHistory[] {
	const groups = new Map<string, QuestionHistory>();
	for (const a of [...attempts].sort((x, y) => x.startedAt.localeCompare(y.startedAt))) {
		const group = groups.get(a.questionId) ?? {
			questionId: a.questionId,
			attempts: [],
			lastAt: ''
		};
		group.attempts.push({
			startedAt: a.startedAt,
			answerMs: a.answerMs,
			average: attemptAverage(a.ratings),
			note: a.note,
			spoken: spokenFigures(a)
		});
		group.lastAt = a.startedAt;
		groups.set(a.questionId, group);
	}
	return [...groups.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/**
 * SVG polyline points for `values` spread across `width`, scaled from [min, max] to the
 * height (higher values drawn higher). Nulls leave gaps by being skipped.
 */
export function chartPoints(
	values: readonly (number | null)[],
	width: number,
	height: number,
	min: number,
	max: number
): { x: number; y: number }[] {
	const step = values.length > 1 ? width / (values.length - 1) : 0;
	const span = max - min || 1;
	return values.flatMap((v, i) =>
		v === null
			? []
			: [
					{
						x: Math.round((values.length > 1 ? i * step : width / 2) * 10) / 10,
						y:
							Math.round(
								(height - ((Math.min(max, Math.max(min, v)) - min) / span) * height) * 10
							) / 10
					}
				]
	);
}
