import { getDatabase } from './open';
import type { StarDatabase } from './schema';
import type { RecordingRecord } from './types';

/** How much room the audio of practice answers takes on this device. */
export interface RecordingUsage {
	count: number;
	bytes: number;
}

/**
 * Stores the audio of one practice answer and links it to its attempt, in one transaction: the
 * attempt's `recordingId` points at the new recording. A recording the attempt already had is
 * replaced (deleted). Returns the recording's id.
 * @throws Error when the attempt does not exist (the recording would belong to nothing).
 */
export async function saveRecording(
	attemptId: string,
	blob: Blob,
	mimeType = blob.type || 'audio/webm'
): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', db.attempts, db.recordings, async () => {
		const attempt = await db.attempts.get(attemptId);
		if (!attempt) throw new Error('This practice attempt no longer exists.');
		const now = new Date().toISOString();
		const id = crypto.randomUUID();
		if (attempt.recordingId) await db.recordings.delete(attempt.recordingId);
		await db.recordings.add({ id, attemptId, mimeType, blob, createdAt: now, updatedAt: now });
		await db.attempts.update(attemptId, { recordingId: id, updatedAt: now });
		return id;
	});
}

/**
 * Deletes a recording and unlinks it from its attempt, in one transaction. Returns the deleted
 * record (hand it to `restoreRecording` to undo), or undefined when there was none.
 */
export async function deleteRecording(id: string): Promise<RecordingRecord | undefined> {
	const db = await getDatabase();
	return db.transaction('rw', db.attempts, db.recordings, async () => {
		const recording = await db.recordings.get(id);
		if (!recording) return undefined;
		await db.recordings.delete(id);
		const now = new Date().toISOString();
		await db.attempts
			.where('id')
			.equals(recording.attemptId)
			.modify((attempt) => {
				if (attempt.recordingId !== id) return;
				delete attempt.recordingId;
				attempt.updatedAt = now;
			});
		return recording;
	});
}

/**
 * Puts back a recording removed by `deleteRecording` (Undo) and relinks its attempt, in one
 * transaction. @throws Error when the attempt has gone or has a newer recording meanwhile.
 */
export async function restoreRecording(recording: RecordingRecord): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.attempts, db.recordings, async () => {
		const attempt = await db.attempts.get(recording.attemptId);
		if (!attempt) throw new Error('This practice attempt no longer exists.');
		if (attempt.recordingId && attempt.recordingId !== recording.id)
			throw new Error('This attempt has another recording now.');
		await db.recordings.put(recording);
		await db.attempts.update(attempt.id, {
			recordingId: recording.id,
			updatedAt: new Date().toISOString()
		});
	});
}

/** Live query: one recording (with its audio), or undefined. */
export const recordingQuery = (id: string) => (db: StarDatabase) => db.recordings.get(id);

/**
 * Live query: how many recordings there are and their total size in bytes. Reading a stored Blob's
 * `size` does not load its audio, so this stays cheap with many recordings.
 */
export const recordingUsageQuery = () => async (db: StarDatabase) => {
	const usage: RecordingUsage = { count: 0, bytes: 0 };
	await db.recordings.each((recording) => {
		usage.count += 1;
		usage.bytes += recording.blob?.size ?? 0;
	});
	return usage;
};
