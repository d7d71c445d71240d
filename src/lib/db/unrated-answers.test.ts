import { describe, expect, it } from 'vitest';
import { reopened, useFreshDatabase } from './test-db';
import {
	dropUnratedRecording,
	forgetUnratedAnswers,
	keepUnratedAnswer,
	readUnratedAnswer
} from './unrated-answers';

useFreshDatabase();

const said = {
	text: 'we split the rota',
	lang: 'en-GB',
	segments: [{ text: 'we split the rota', startMs: 0, endMs: 2000 }]
};
const audio = () => ({ blob: new Blob(['sound'], { type: 'audio/webm' }), mimeType: 'audio/webm' });
const bytes = async (blob: Blob | undefined) =>
	blob && new TextDecoder().decode(await blob.arrayBuffer());

describe('unrated answers', () => {
	it('keeps an ended answer’s audio and transcript across a reload, by question and start', async () => {
		await keepUnratedAnswer({
			questionId: 'q-one',
			startedAt: 1000,
			recording: audio(),
			transcript: said
		});
		await reopened();
		const kept = await readUnratedAnswer('q-one', 1000);
		expect(kept?.transcript).toEqual(said);
		expect(kept?.recording?.mimeType).toBe('audio/webm');
		expect(await bytes(kept?.recording?.blob)).toBe('sound');
		// Another answer of the same question (a later round) is not this one.
		expect(await readUnratedAnswer('q-one', 2000)).toBeUndefined();
	});

	it('writes nothing for an answer with neither audio nor words', async () => {
		await keepUnratedAnswer({ questionId: 'q-one', startedAt: 1000 });
		expect(await readUnratedAnswer('q-one', 1000)).toBeUndefined();
	});

	it('drops only the audio when the user deletes it, and everything once rated', async () => {
		await keepUnratedAnswer({
			questionId: 'q-one',
			startedAt: 1000,
			recording: audio(),
			transcript: said
		});
		await dropUnratedRecording('q-one', 1000);
		await reopened();
		const kept = await readUnratedAnswer('q-one', 1000);
		expect(kept?.recording).toBeUndefined();
		expect(kept?.transcript).toEqual(said);

		await keepUnratedAnswer({ questionId: 'q-two', startedAt: 5, recording: audio() });
		await dropUnratedRecording('q-two', 5);
		expect(await readUnratedAnswer('q-two', 5)).toBeUndefined();

		await forgetUnratedAnswers();
		await reopened();
		expect(await readUnratedAnswer('q-one', 1000)).toBeUndefined();
	});
});
