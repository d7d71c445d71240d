import { isDue } from './cards';
import type { ReviewGrade } from './scheduling';

export type ReviewFilter = { kind: 'due' } | { kind: 'cram' } | { kind: 'theme'; themeId: string };

export interface QueueItem {
	questionId: string;
	themeId: string;
	/** Undefined for an answer never reviewed: a new card, due now. */
	due?: string;
}

/**
 * The cards left in this sitting, in order: those due now and not yet seen (new first, then by
 * due time), then those graded Again in this sitting, in the order they were failed, so they come
 * back after the rest rather than minutes later. Cards in a later learning step (due later today)
 * wait for their time. `graded` is what this sitting has graded (a Map keeps insertion order).
 */
export function reviewQueue(
	items: readonly QueueItem[],
	filter: ReviewFilter,
	now: number,
	graded: ReadonlyMap<string, ReviewGrade>
): QueueItem[] {
	const inScope = items.filter((i) => filter.kind !== 'theme' || i.themeId === filter.themeId);
	const unseen = inScope
		.filter((i) => !graded.has(i.questionId))
		.filter((i) => filter.kind !== 'due' || !i.due || isDue({ due: i.due }, now))
		.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
	const byId = new Map(inScope.map((i) => [i.questionId, i]));
	const again = [...graded]
		.filter(([id, g]) => g === 'again' && byId.has(id))
		.map(([id]) => byId.get(id)!);
	return [...unseen, ...again];
}
