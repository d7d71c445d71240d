import { getDatabase } from './open';
import type { SpokenTranscript, UnratedAnswerRecord } from './types';

/** The key of one answer of a round: its question and when that question started. */
export function unratedAnswerId(questionId: string, startedAt: number): string {
	return `${questionId}@${startedAt}`;
}

/**
 * Keeps an ended answer's audio and transcript until its rating is saved (a reload in between
 * offers them back). Replaces what was kept for the same answer; nothing is written when there is
 * neither audio nor transcript.
 */
export async function keepUnratedAnswer(answer: {
	questionId: string;
	startedAt: number;
	recording?: { blob: Blob; mimeType: string };
	transcript?: SpokenTranscript;
}): Promise<void> {
	if (!answer.recording && !answer.transcript) return;
	const db = await getDatabase();
	await db.unrated.put({
		...answer,
		id: unratedAnswerId(answer.questionId, answer.startedAt),
		createdAt: new Date().toISOString()
	});
}

/** What was kept of this answer, if anything. */
export async function readUnratedAnswer(
	questionId: string,
	startedAt: number
): Promise<UnratedAnswerRecord | undefined> {
	const db = await getDatabase();
	return db.unrated.get(unratedAnswerId(questionId, startedAt));
}

/** Drops the kept audio of this answer (the user deleted it), keeping any transcript. */
export async function dropUnratedRecording(questionId: string, startedAt: number): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.unrated, async () => {
		const id = unratedAnswerId(questionId, startedAt);
		const kept = await db.unrated.get(id);
		if (!kept?.recording) return;
		if (kept.transcript) await db.unrated.put({ ...kept, recording: undefined });
		else await db.unrated.delete(id);
	});
}

/** Forgets every kept answer: rated and saved, discarded, or left by an earlier round. */
export async function forgetUnratedAnswers(): Promise<void> {
	const db = await getDatabase();
	await db.unrated.clear();
}
