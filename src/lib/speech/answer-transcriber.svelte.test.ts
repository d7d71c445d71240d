import { describe, expect, it } from 'vitest';
import { AnswerTranscriber } from './answer-transcriber.svelte';
import type { ListenHandlers } from './recognition';

/** A fake recognizer: each session's handlers, and how it was stopped. */
function fakeListen() {
	const sessions: { lang: string; handlers: ListenHandlers; stopped: string }[] = [];
	const listen = (lang: string, handlers: ListenHandlers) => {
		const session = { lang, handlers, stopped: '' };
		sessions.push(session);
		return {
			stop: () => (session.stopped = 'stop'),
			abort: () => (session.stopped = 'abort')
		};
	};
	return { sessions, listen };
}

const say = (handlers: ListenHandlers, ...finals: string[]) =>
	handlers.onresults({
		resultIndex: 0,
		results: finals.map((transcript) => ({ transcript, isFinal: true }))
	});

describe('AnswerTranscriber', () => {
	it('listens while the answer runs and keeps the transcript for the rating step', () => {
		const fake = fakeListen();
		let now = 0;
		const t = new AnswerTranscriber('en-GB', () => now, fake.listen);
		t.follow('prep', false, 0);
		expect(fake.sessions).toHaveLength(0);
		t.follow('answer', false, 0);
		expect(t.status).toBe('listening');
		expect(fake.sessions[0].lang).toBe('en-GB');
		now = 2000;
		say(fake.sessions[0].handlers, 'I decided to act');
		t.follow('rating', false, 0);
		expect(fake.sessions[0].stopped).toBe('stop');
		expect(t.heard(0)).toEqual({
			index: 0,
			lang: 'en-GB',
			text: 'I decided to act',
			segments: [{ text: 'I decided to act', startMs: 2000, endMs: 2000 }]
		});
		expect(t.heard(1)).toBeNull();
	});

	it('starts a new session when the browser ends one on a silence, and after a pause', () => {
		const fake = fakeListen();
		let now = 0;
		const t = new AnswerTranscriber('en-US', () => now, fake.listen);
		t.follow('answer', false, 0);
		now = 1000;
		say(fake.sessions[0].handlers, 'first');
		fake.sessions[0].handlers.onend();
		expect(fake.sessions).toHaveLength(2);
		now = 5000;
		say(fake.sessions[1].handlers, 'second');
		t.follow('answer', true, 0);
		expect(t.status).toBe('paused');
		fake.sessions[1].handlers.onend();
		expect(fake.sessions).toHaveLength(2);
		t.follow('answer', false, 0);
		expect(fake.sessions).toHaveLength(3);
		now = 9000;
		say(fake.sessions[2].handlers, 'third');
		expect(t.heard(0)?.text).toBe('first second third');
	});

	it('a refused microphone stops transcription with a message; the round goes on', () => {
		const fake = fakeListen();
		const t = new AnswerTranscriber('en-US', () => 0, fake.listen);
		t.follow('answer', false, 0);
		fake.sessions[0].handlers.onerror('not-allowed');
		expect(t.status).toBe('unavailable');
		expect(t.message).toMatch(/Microphone access is blocked/);
		fake.sessions[0].handlers.onend();
		t.follow('answer', false, 1);
		expect(fake.sessions).toHaveLength(1);
	});

	it('says when no speech is heard and keeps listening', () => {
		const fake = fakeListen();
		const t = new AnswerTranscriber('en-US', () => 0, fake.listen);
		t.follow('answer', false, 0);
		fake.sessions[0].handlers.onerror('no-speech');
		expect(t.message).toMatch(/No speech heard/);
		fake.sessions[0].handlers.onend();
		expect(fake.sessions).toHaveLength(2);
		expect(t.status).toBe('listening');
		say(fake.sessions[1].handlers, 'hello there');
		expect(t.message).toBe('');
	});

	it('drops a skipped answer and does not transcribe a resumed answer from its middle', () => {
		const fake = fakeListen();
		const t = new AnswerTranscriber('en-US', () => 0, fake.listen, 0);
		t.follow('answer', false, 0);
		expect(fake.sessions).toHaveLength(0);
		t.follow('answer', false, 1);
		say(fake.sessions[0].handlers, 'something');
		t.follow('prep', false, 2);
		expect(t.heard(1)).toBeNull();
	});
});
