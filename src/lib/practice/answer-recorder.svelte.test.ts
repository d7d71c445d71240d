import { describe, expect, it } from 'vitest';
import { AnswerRecorder, checkMicrophone, microphoneProblem } from './answer-recorder.svelte';
import { fakeApis, FakeRecorder } from './fake-recorder';

describe('AnswerRecorder', () => {
	it('records while the answer clock runs, pauses with it, and keeps the audio for rating', async () => {
		const { apis, tracks } = fakeApis();
		const recorder = new AnswerRecorder(apis);
		expect(await recorder.arm()).toBe(true);
		recorder.follow('prep', false, 0);
		expect(FakeRecorder.made).toHaveLength(0);

		recorder.follow('answer', false, 0);
		expect(recorder.status).toBe('recording');
		const [media] = FakeRecorder.made;
		expect(media.options).toMatchObject({ mimeType: 'audio/webm;codecs=opus' });
		recorder.follow('answer', false, 0);
		recorder.follow('answer', true, 0);
		expect(recorder.status).toBe('paused');
		recorder.follow('answer', false, 0);
		recorder.follow('rating', false, 0);
		expect(media.calls).toEqual(['start', 'pause', 'resume', 'stop']);

		const take = await recorder.takeFor(0);
		expect(take).toMatchObject({ index: 0, mimeType: 'audio/webm;codecs=opus' });
		expect(await take!.blob.text()).toBe('sound');
		expect(await recorder.takeFor(1)).toBeNull();

		recorder.release();
		expect(tracks[0].stopped).toBe(true);
		expect(recorder.status).toBe('off');
	});

	it('throws away a skipped answer and starts afresh on the next question', async () => {
		const { apis } = fakeApis();
		const recorder = new AnswerRecorder(apis);
		await recorder.arm();
		recorder.follow('answer', false, 0);
		recorder.follow('answer', false, 1); // skipped with prep 0: straight into the next answer
		expect(FakeRecorder.made).toHaveLength(2);
		expect(await recorder.takeFor(0)).toBeNull();
		recorder.follow('finished', false, 2); // End round
		expect(await recorder.takeFor(1)).toBeNull();
		expect(FakeRecorder.made[1].calls).toEqual(['start', 'stop']);
	});

	it('does not record a resumed answer from its middle', async () => {
		const { apis } = fakeApis();
		const recorder = new AnswerRecorder(apis);
		await recorder.arm(1);
		recorder.follow('answer', false, 1);
		expect(FakeRecorder.made).toHaveLength(0);
		recorder.follow('rating', false, 1);
		recorder.follow('answer', false, 2);
		expect(FakeRecorder.made).toHaveLength(1);
	});

	it('explains a refused microphone and carries on without recording', async () => {
		const { apis } = fakeApis('NotAllowedError');
		const recorder = new AnswerRecorder(apis);
		expect(await recorder.arm()).toBe(false);
		expect(recorder.status).toBe('unavailable');
		expect(recorder.message).toMatch(/blocked, so recording is unavailable/);
		recorder.follow('answer', false, 0);
		recorder.follow('rating', false, 0);
		expect(FakeRecorder.made).toHaveLength(0);
		expect(await recorder.takeFor(0)).toBeNull();
	});

	it('gives up cleanly when the microphone goes away mid-round', async () => {
		const { apis, tracks } = fakeApis();
		const recorder = new AnswerRecorder(apis);
		await recorder.arm();
		recorder.follow('answer', false, 0);
		tracks[0].dispatchEvent(new Event('ended'));
		expect(recorder.status).toBe('unavailable');
		expect(recorder.message).toMatch(/disconnected/);
		expect(FakeRecorder.made[0].calls).toEqual(['start', 'stop']);
	});
});

describe('checking the microphone', () => {
	it('asks, then lets go of the microphone at once', async () => {
		const { apis, tracks } = fakeApis();
		expect(await checkMicrophone(apis)).toBe('');
		expect(tracks[0].stopped).toBe(true);
	});

	it('says why it cannot record', async () => {
		expect(await checkMicrophone(fakeApis('NotFoundError').apis)).toMatch(/No microphone/);
		expect(microphoneProblem(Object.assign(new Error(), { name: 'NotReadableError' }))).toMatch(
			/busy/
		);
		expect(microphoneProblem(new Error('odd'))).toBe('Recording is unavailable: odd.');
	});
});
