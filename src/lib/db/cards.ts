import type { ReviewGrade } from '$lib/practice/scheduling';
import { hasText } from './answers';
import { getDatabase } from './open';
import type { StarDatabase } from './schema';
import type { AnswerRecord, CardRecord } from './types';

export interface ReviewItem {
	answer: AnswerRecord;
	/** Undefined until the answer is first graded: a new card, due now. */
	card?: CardRecord;
}

/** Live query: every answered question with its review card. */
export const reviewItemsQuery = () => async (db: StarDatabase) => {
	const [answers, cards] = await Promise.all([db.answers.toArray(), db.cards.toArray()]);
	const byQuestion = new Map(cards.map((c) => [c.questionId, c]));
	return answers
		.filter(hasText)
		.map((answer): ReviewItem => ({ answer, card: byQuestion.get(answer.questionId) }));
};

/**
 * Records one review: schedules the question's card with FSRS (a new card if it has none) and
 * stores it in one transaction, so closing the app mid-review loses nothing already graded.
 */
export async function gradeReview(questionId: string, rating: ReviewGrade, now = Date.now()) {
	const [db, { grade, newCard }] = await Promise.all([
		getDatabase(),
		import('$lib/practice/scheduling')
	]);
	return db.transaction('rw', db.cards, async () => {
		const stored = await db.cards.get(questionId);
		const iso = new Date(now).toISOString();
		const card = stored ?? { ...newCard(questionId, now), createdAt: iso, updatedAt: iso };
		const next: CardRecord = { ...grade(card, rating, now), updatedAt: iso };
		await db.cards.put(next);
		return next;
	});
}
