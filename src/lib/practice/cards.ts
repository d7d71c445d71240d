/**
 * Review cards as stored, and the questions asked of them without grading ("how many are due?").
 * Nothing here imports ts-fsrs, so the home page and the review counts can show due work without
 * loading the scheduler; grading lives in `scheduling.ts`, loaded with `import()` when needed.
 */
import type { CardRecord, Timestamps } from '$lib/db/types';

/** FSRS card states, numbered as ts-fsrs numbers them (`State`); checked by a test. */
export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/**
 * The scheduling part of a `CardRecord` (the database adds `createdAt`/`updatedAt`).
 * `learningSteps` is ts-fsrs's position in the 1 min / 10 min learning steps. `CardRecord` does
 * not declare it yet; without it a card reloaded mid-learning repeats a step, so keep it stored.
 */
export type CardSchedule = Omit<CardRecord, keyof Timestamps> & { learningSteps?: number };

/** A card never reviewed, due at once. Same values as ts-fsrs's `createEmptyCard`. */
export function newCard(questionId: string, now: number): CardSchedule {
	return {
		questionId,
		due: new Date(now).toISOString(),
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: CARD_STATE.new
	};
}

/** Due time in epoch ms; an unreadable date counts as due now, so the card shows up, not vanishes. */
function dueAt(card: Pick<CardRecord, 'due'>, now: number): number {
	const t = Date.parse(card.due);
	return Number.isNaN(t) ? now : t;
}

/** True when the card's due time is at or before `now`. Pass `endOfDay(now)` for "due today". */
export function isDue(card: Pick<CardRecord, 'due'>, now: number): boolean {
	return dueAt(card, now) <= now;
}

/** How many cards are due at `now`. */
export function dueCount(cards: readonly Pick<CardRecord, 'due'>[], now: number): number {
	return cards.reduce((n, card) => n + (isDue(card, now) ? 1 : 0), 0);
}

/**
 * The earliest due time after `now` (ISO), for "next review: tomorrow 09:10"; null when no card
 * comes due later. Cards already due are counted by `dueCount`, not here.
 */
export function nextDue(cards: readonly Pick<CardRecord, 'due'>[], now: number): string | null {
	let best: number | null = null;
	for (const card of cards) {
		const t = dueAt(card, now);
		if (t > now && (best === null || t < best)) best = t;
	}
	return best === null ? null : new Date(best).toISOString();
}

/**
 * The last millisecond of the local day containing `now`. FSRS due times carry a time of day, so a
 * card due at 21:00 is "due today" in the morning although `isDue(card, now)` is still false.
 */
export function endOfDay(now: number): number {
	const d = new Date(now);
	d.setHours(23, 59, 59, 999);
	return d.getTime();
}
