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
