/** The coach as the calibration scorer sees it: its flags, each with a severity. */
import type { Question } from '$lib/content/types';
import { coachAnswer, type CoachOptions } from '../rules';
import type { Judge, ScoredFinding } from './score';

/**
 * A judge that runs the coach as the question page does: with the question's theme, kind, text
 * and red flags (from the bank, by id) and the default options otherwise.
 */
export function coachJudge(
	questions: ReadonlyMap<string, Question>,
	options: Omit<CoachOptions, 'question'> = {}
): Judge {
	return (entry) => {
		const question = questions.get(entry.questionId);
		return coachAnswer(entry.answer, { ...options, question })
			.checks.filter((c) => c.status === 'flag')
			.map((c): ScoredFinding => ({ id: c.id, severity: c.severity ?? 'polish' }));
	};
}
