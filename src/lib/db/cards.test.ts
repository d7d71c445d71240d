import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers';
import { gradeReview, reviewItemsQuery } from './cards';
import { closeDatabase, getDatabase } from './open';
import { useFreshDatabase } from './test-db';

useFreshDatabase();

const DAY = 24 * 60 * 60 * 1000;

describe('review cards', () => {
	it('puts every answered question in the deck, graded or not', async () => {
		await saveAnswer('a', { action: 'I did it' });
		await saveAnswer('b', { action: '  ' });
		const items = await reviewItemsQuery()(await getDatabase());
		expect(items.map((i) => [i.answer.questionId, i.card])).toEqual([['a', undefined]]);
	});

	it('stores each grade at once, and Good moves the due date forward', async () => {
		const now = Date.parse('2026-11-23T09:00:00Z');
		await saveAnswer('a', { action: 'I did it' });
		const first = await gradeReview('a', 'good', now);
		await closeDatabase();
		const stored = await (await getDatabase()).cards.get('a');
		expect(stored).toEqual(first);
		expect(Date.parse(stored!.due)).toBeGreaterThan(now);

		// Graded Good again once due, it goes out by days.
		const second = await gradeReview('a', 'good', Date.parse(stored!.due));
		expect(Date.parse(second.due) - Date.parse(stored!.due)).toBeGreaterThanOrEqual(DAY);
		expect(second.reps).toBe(2);
	});

	it('Again brings a card back the same day', async () => {
		const now = Date.parse('2026-11-23T09:00:00Z');
		await saveAnswer('a', { action: 'x' });
		const card = await gradeReview('a', 'again', now);
		expect(Date.parse(card.due) - now).toBeLessThan(15 * 60 * 1000);
	});
});
