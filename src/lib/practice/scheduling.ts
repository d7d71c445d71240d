/**
 * ts-fsrs glue: grades a stored card and returns the next one in the same stored shape.
 * This module pulls in ts-fsrs (~13 KiB gzip), so load it with `await import()` where a grade is
 * given; for counts and due dates use `cards.ts`, which the re-exports below come from.
 */
import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardSchedule } from './cards';

export {
	CARD_STATE,
	dueCount,
	endOfDay,
	isDue,
	newCard,
	nextDue,
	type CardSchedule
} from './cards';

/** The four review buttons. */
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

/** The buttons in order, for keys 1–4. */
export const REVIEW_GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

/** Each grade's name on its button and aloud. */
export const GRADE_NAMES: Record<ReviewGrade, string> = {
	again: 'Again',
	hard: 'Hard',
	good: 'Good',
	easy: 'Easy'
};

/**
 * Longest interval between reviews. People use this app for the weeks before their interviews;
 * a longer gap would take a learnt answer out of rotation until after they are over. ts-fsrs
 * keeps Hard < Good < Easy a day apart even at the cap, so Good or Easy may land 1–2 days past it.
 */
export const MAX_INTERVAL_DAYS = 30;

const GRADE: Record<ReviewGrade, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

// Fuzz stays off (the ts-fsrs default): with a deck of tens of cards spreading due dates buys
// nothing, and exact dates keep the schedule explainable and testable.
const scheduler = fsrs({ maximum_interval: MAX_INTERVAL_DAYS, enable_fuzz: false });

function toFsrs(card: CardSchedule): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps ?? 0,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview)
	};
}

function fromFsrs(card: Card): Omit<CardSchedule, 'questionId'> & { learningSteps: number } {
	const next: Omit<CardSchedule, 'questionId'> & { learningSteps: number } = {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state
	};
	// Omitted rather than undefined: IndexedDB and backups keep an explicit undefined as a key.
	if (card.last_review) next.lastReview = card.last_review.toISOString();
	return next;
}

/**
 * The card after a review graded `rating` at `now`. Every other field of `card` (questionId,
 * createdAt, …) is kept as it was; the caller stamps `updatedAt` when it saves.
 */
export function grade<T extends CardSchedule>(
	card: T,
	rating: ReviewGrade,
	now: number
): T & { learningSteps: number } {
	const { card: after } = scheduler.next(toFsrs(card), new Date(now), GRADE[rating]);
	return { ...card, ...fromFsrs(after) };
}

/**
 * The due date each button would give, for labels such as "Good · 10 min" under the buttons.
 * Values are ISO strings, like `due`.
 */
export function previewGrades(card: CardSchedule, now: number): Record<ReviewGrade, string> {
	const preview = scheduler.repeat(toFsrs(card), new Date(now));
	return {
		again: preview[Rating.Again].card.due.toISOString(),
		hard: preview[Rating.Hard].card.due.toISOString(),
		good: preview[Rating.Good].card.due.toISOString(),
		easy: preview[Rating.Easy].card.due.toISOString()
	};
}
