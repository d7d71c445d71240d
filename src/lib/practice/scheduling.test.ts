import { createEmptyCard, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '$lib/db/types';
import {
	CARD_STATE,
	dueCount,
	endOfDay,
	grade,
	isDue,
	MAX_INTERVAL_DAYS,
	newCard,
	nextDue,
	previewGrades,
	REVIEW_GRADES,
	type CardSchedule
} from './scheduling';

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const dueMs = (card: { due: string }) => Date.parse(card.due);

/** A card that has graduated to review: Good, then Good again when due. */
function reviewCard(): CardSchedule {
	const learning = grade(newCard('q', NOW), 'good', NOW);
	return grade(learning, 'good', dueMs(learning));
}

describe('newCard', () => {
	it('is new and due at once, matching ts-fsrs', () => {
		const card = newCard('conflict-design', NOW);
		expect(card).toMatchObject({ questionId: 'conflict-design', state: CARD_STATE.new, reps: 0 });
		expect(isDue(card, NOW)).toBe(true);
		const empty = createEmptyCard(new Date(NOW));
		expect(card).toMatchObject({
			due: empty.due.toISOString(),
			stability: empty.stability,
			difficulty: empty.difficulty,
			elapsedDays: empty.elapsed_days,
			scheduledDays: empty.scheduled_days,
			learningSteps: empty.learning_steps,
			lapses: empty.lapses,
			state: empty.state
		});
		expect('lastReview' in card).toBe(false);
	});

	it('numbers states as ts-fsrs does', () => {
		expect(CARD_STATE).toEqual({
			new: State.New,
			learning: State.Learning,
			review: State.Review,
			relearning: State.Relearning
		});
	});
});

describe('grade', () => {
	it('Good moves the due date forward and records the review', () => {
		const card = grade(newCard('q', NOW), 'good', NOW);
		expect(dueMs(card)).toBeGreaterThan(NOW);
		expect(card).toMatchObject({ reps: 1, lastReview: new Date(NOW).toISOString() });
		expect(card.state).toBe(CARD_STATE.learning);
	});

	it('Again brings a new card back within minutes, today', () => {
		const card = grade(newCard('q', NOW), 'again', NOW);
		expect(dueMs(card) - NOW).toBeGreaterThan(0);
		expect(dueMs(card) - NOW).toBeLessThanOrEqual(10 * MINUTE);
		expect(card.state).toBe(CARD_STATE.learning);
		expect(isDue(card, NOW + 10 * MINUTE)).toBe(true);
	});

	it('Again brings a learning card back within minutes', () => {
		const learning = grade(newCard('q', NOW), 'good', NOW);
		const again = grade(learning, 'again', dueMs(learning));
		expect(dueMs(again) - dueMs(learning)).toBeLessThanOrEqual(10 * MINUTE);
	});

	it('Again on a review card is a lapse back into relearning, due within minutes', () => {
		const review = reviewCard();
		const lapsed = grade(review, 'again', dueMs(review));
		expect(lapsed.state).toBe(CARD_STATE.relearning);
		expect(lapsed.lapses).toBe(1);
		expect(dueMs(lapsed) - dueMs(review)).toBeLessThanOrEqual(10 * MINUTE);
	});

	it('gives a review card Easy > Good > Hard intervals, in days', () => {
		const review = reviewCard();
		expect(review.state).toBe(CARD_STATE.review);
		const at = dueMs(review);
		const interval = (g: 'hard' | 'good' | 'easy') => dueMs(grade(review, g, at)) - at;
		expect(interval('hard')).toBeGreaterThanOrEqual(DAY);
		expect(interval('good')).toBeGreaterThan(interval('hard'));
		expect(interval('easy')).toBeGreaterThan(interval('good'));
	});

	it(`keeps intervals to about ${MAX_INTERVAL_DAYS} days`, () => {
		let card: CardSchedule = newCard('q', NOW);
		for (let i = 0; i < 12; i++) card = grade(card, 'easy', dueMs(card));
		// ts-fsrs keeps Hard < Good < Easy a day apart even at the cap, so Easy may add two days.
		expect(card.scheduledDays).toBeLessThanOrEqual(MAX_INTERVAL_DAYS + 2);
		expect(dueMs(card) - Date.parse(card.lastReview!)).toBe(card.scheduledDays * DAY);
		let good: CardSchedule = newCard('q', NOW);
		for (let i = 0; i < 12; i++) good = grade(good, 'good', dueMs(good));
		expect(good.scheduledDays).toBeLessThanOrEqual(MAX_INTERVAL_DAYS + 1);
	});

	it('keeps the other fields of a stored record', () => {
		const stored: CardRecord = {
			...newCard('q', NOW),
			createdAt: '2025-03-01T00:00:00.000Z',
			updatedAt: '2025-03-01T00:00:00.000Z'
		};
		const after = grade(stored, 'good', NOW);
		expect(after).toMatchObject({ questionId: 'q', createdAt: stored.createdAt });
		expect(after.updatedAt).toBe(stored.updatedAt);
	});

	it('does not change the card it was given', () => {
		const card = newCard('q', NOW);
		const copy = structuredClone(card);
		grade(card, 'hard', NOW);
		expect(card).toEqual(copy);
	});
});

describe('the stored shape', () => {
	it('round-trips through JSON without changing the schedule', () => {
		let direct: CardSchedule = newCard('q', NOW);
		let stored: CardSchedule = newCard('q', NOW);
		const grades = ['good', 'again', 'good', 'good', 'hard', 'easy', 'again', 'good'] as const;
		for (const g of grades) {
			const at = dueMs(direct);
			direct = grade(direct, g, at);
			// As IndexedDB or a backup would: plain JSON, no Dates.
			stored = JSON.parse(JSON.stringify(grade(stored, g, at)));
			expect(stored).toEqual(direct);
		}
		expect(direct.reps).toBe(grades.length);
	});

	it('keeps the learning step: a second Good graduates the card', () => {
		const learning = JSON.parse(JSON.stringify(grade(newCard('q', NOW), 'good', NOW)));
		expect(learning.learningSteps).toBe(1);
		const graduated = grade(learning, 'good', dueMs(learning));
		expect(graduated.state).toBe(CARD_STATE.review);
	});

	it('reads a record saved without learningSteps as step 0', () => {
		const legacy: CardSchedule = { ...grade(newCard('q', NOW), 'again', NOW) };
		delete legacy.learningSteps;
		expect(grade(legacy, 'good', dueMs(legacy)).state).toBe(CARD_STATE.learning);
	});
});

describe('previewGrades', () => {
	it('shows the due date each button would give', () => {
		const card = newCard('q', NOW);
		const preview = previewGrades(card, NOW);
		for (const g of REVIEW_GRADES) expect(preview[g]).toBe(grade(card, g, NOW).due);
		expect(Date.parse(preview.again)).toBeLessThan(Date.parse(preview.easy));
	});
});

describe('due counts', () => {
	const card = (due: string) => ({ due });
	const cards = [
		card('2025-03-03T08:00:00.000Z'),
		card('2025-03-03T09:00:00.000Z'),
		card('2025-03-03T09:00:00.001Z'),
		card('2025-03-05T09:00:00.000Z')
	];

	it('counts cards due at or before now', () => {
		expect(isDue(cards[1], NOW)).toBe(true);
		expect(isDue(cards[2], NOW)).toBe(false);
		expect(dueCount(cards, NOW)).toBe(2);
		expect(dueCount([], NOW)).toBe(0);
	});

	it('tells when the next card comes due', () => {
		expect(nextDue(cards, NOW)).toBe('2025-03-03T09:00:00.001Z');
		expect(nextDue(cards, Date.UTC(2025, 2, 6))).toBeNull();
		expect(nextDue([], NOW)).toBeNull();
	});

	it('treats an unreadable due date as due, so the card is not lost', () => {
		expect(isDue(card('garbage'), NOW)).toBe(true);
		expect(nextDue([card('garbage')], NOW)).toBeNull();
	});

	it('counts cards due later today with endOfDay', () => {
		const morning = new Date(2025, 2, 3, 8, 0).getTime();
		const evening = card(new Date(2025, 2, 3, 21, 0).toISOString());
		const tomorrow = card(new Date(2025, 2, 4, 0, 0).toISOString());
		expect(isDue(evening, morning)).toBe(false);
		expect(dueCount([evening, tomorrow], endOfDay(morning))).toBe(1);
	});
});
