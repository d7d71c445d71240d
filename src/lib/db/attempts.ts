import { getDatabase } from './open';
import type { StarDatabase } from './schema';
import type { AttemptRecord } from './types';

export type NewAttempt = Omit<AttemptRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Stores one practice answer (timing, ratings, note); returns its id. */
export async function saveAttempt(attempt: NewAttempt): Promise<string> {
	const db = await getDatabase();
	const now = new Date().toISOString();
	const id = crypto.randomUUID();
	await db.attempts.add({ ...attempt, id, createdAt: now, updatedAt: now });
	return id;
}

/** Live query: every attempt, oldest first. */
export const attemptsQuery = () => (db: StarDatabase) => db.attempts.orderBy('startedAt').toArray();

/**
 * Replaces the text of an attempt's transcript (the user corrected what the recognizer heard);
 * the phrases as heard stay, for timing. @throws Error when the attempt or its transcript is gone.
 */
export async function saveTranscriptText(attemptId: string, text: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.attempts, async () => {
		const attempt = await db.attempts.get(attemptId);
		if (!attempt?.transcript) throw new Error('This transcript no longer exists.');
		await db.attempts.update(attemptId, {
			transcript: { ...attempt.transcript, text },
			updatedAt: new Date().toISOString()
		});
	});
}
