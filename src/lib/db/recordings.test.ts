import { describe, expect, it } from 'vitest';
import { saveAttempt } from './attempts';
import { getDatabase } from './open';
import {
	deleteRecording,
	recordingQuery,
	recordingUsageQuery,
	restoreRecording,
	saveRecording
} from './recordings';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

const attempt = () =>
	saveAttempt({
		questionId: 'q',
		startedAt: '2026-11-23T10:00:00.000Z',
		prepMs: 0,
		answerMs: 2000,
		ratings: {},
		note: ''
	});

const audio = (bytes: number) =>
	new Blob([new Uint8Array(bytes).fill(7)], { type: 'audio/webm;codecs=opus' });

describe('recordings', () => {
	it('stores the audio with its attempt and links the two, across a reload', async () => {
		const attemptId = await attempt();
		const id = await saveRecording(attemptId, audio(1500));
		const db = await reopened();
		expect((await db.attempts.get(attemptId))!.recordingId).toBe(id);
		const stored = await recordingQuery(id)(db);
		expect(stored).toMatchObject({ id, attemptId, mimeType: 'audio/webm;codecs=opus' });
		// fake-indexeddb keeps Blobs (structured clone), so the bytes come back as they went in.
		expect(stored!.blob.size).toBe(1500);
		expect(new Uint8Array(await stored!.blob.arrayBuffer())[0]).toBe(7);
	});

	it('replaces an earlier recording of the same attempt', async () => {
		const attemptId = await attempt();
		const first = await saveRecording(attemptId, audio(10), 'audio/mp4');
		const second = await saveRecording(attemptId, audio(20));
		const db = await reopened();
		expect(await db.recordings.get(first)).toBeUndefined();
		expect((await db.attempts.get(attemptId))!.recordingId).toBe(second);
		expect(await recordingUsageQuery()(db)).toEqual({ count: 1, bytes: 20 });
	});

	it('refuses a recording for an attempt that does not exist, writing nothing', async () => {
		await expect(saveRecording('missing', audio(5))).rejects.toThrow('no longer exists');
		expect(await (await reopened()).recordings.count()).toBe(0);
	});

	it('counts recordings and their bytes', async () => {
		const db = await getDatabase();
		expect(await recordingUsageQuery()(db)).toEqual({ count: 0, bytes: 0 });
		await saveRecording(await attempt(), audio(1000));
		await saveRecording(await attempt(), audio(2500));
		expect(await recordingUsageQuery()(db)).toEqual({ count: 2, bytes: 3500 });
	});

	it('deletes a recording, unlinks its attempt, and undo puts both back', async () => {
		const attemptId = await attempt();
		const id = await saveRecording(attemptId, audio(300));
		const deleted = await deleteRecording(id);
		let db = await reopened();
		expect(await db.recordings.get(id)).toBeUndefined();
		expect(await db.attempts.get(attemptId)).not.toHaveProperty('recordingId');
		expect(await recordingUsageQuery()(db)).toEqual({ count: 0, bytes: 0 });
		expect(await deleteRecording(id)).toBeUndefined();

		await restoreRecording(deleted!);
		db = await reopened();
		expect((await db.attempts.get(attemptId))!.recordingId).toBe(id);
		expect((await db.recordings.get(id))!.blob.size).toBe(300);
	});

	it('does not undo over a newer recording', async () => {
		const attemptId = await attempt();
		const deleted = await deleteRecording(await saveRecording(attemptId, audio(1)));
		const newer = await saveRecording(attemptId, audio(2));
		await expect(restoreRecording(deleted!)).rejects.toThrow('another recording');
		expect((await (await reopened()).attempts.get(attemptId))!.recordingId).toBe(newer);
	});
});
