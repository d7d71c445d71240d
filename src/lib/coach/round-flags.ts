import type { StarPart } from '$lib/db/types';
import { coachAnswer, type CoachCheckId, type CoachOptions } from './rules';

export interface FlagCount {
	id: CoachCheckId;
	/** The flaw, as the coach names it ("No outcome: what changed?"). */
	title: string;
	/** Answers on which the check flagged. */
	count: number;
}

/**
 * Which coach checks flagged most across several answers (a mock interview's five), most
 * first; checks that never flagged are left out.
 */
export function mostFlagged(
	answers: readonly Record<StarPart, string>[],
	options?: CoachOptions
): FlagCount[] {
	const counts = new Map<CoachCheckId, FlagCount>();
	for (const answer of answers)
		for (const check of coachAnswer(answer, options).checks)
			if (check.status === 'flag') {
				const entry = counts.get(check.id) ?? { id: check.id, title: check.title, count: 0 };
				entry.count++;
				counts.set(check.id, entry);
			}
	return [...counts.values()].sort((a, b) => b.count - a.count);
}
