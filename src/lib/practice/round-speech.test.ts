import { describe, expect, it } from 'vitest';
import * as clock from './round-clock';
import { roundOverSpeech, roundSpeech, spokenDuration } from './round-speech';

describe('spokenDuration', () => {
	it('says minutes and seconds in words', () => {
		expect(spokenDuration(120_000)).toBe('2 minutes');
		expect(spokenDuration(90_000)).toBe('1 minute 30 seconds');
		expect(spokenDuration(1000)).toBe('1 second');
		expect(spokenDuration(45_400)).toBe('45 seconds');
	});
});

describe('roundSpeech', () => {
	const t0 = 1_000_000;
	const start = (prepMs: number) =>
		clock.startRound(clock.createRound(['a', 'b'], { prepMs, targetMs: 120_000 }), t0);

	/** Reads the clock at each time and collects what would be said. */
	function speak(state: clock.RoundState, times: number[]) {
		let before: clock.RoundView | null = null;
		const said: string[] = [];
		for (const now of times) {
			const after = clock.roundView(state, now);
			const text = roundSpeech(before, after, after.index === 0 ? 'First?' : 'Second?');
			if (text) said.push(text);
			before = after;
		}
		return said;
	}

	it('announces the question with its prep, the switch to answering, time left and the marks', () => {
		// Prep runs 0–30 s; the answer clock starts at 30 s, so its marks fall at 90, 120, 150, 210 s.
		const second = 1000;
		const times = [0, 1, 10, 29, 30, 31, 89, 90, 91, 119, 120, 149, 150, 209, 210].map(
			(s) => t0 + s * second
		);
		expect(speak(start(30_000), times)).toEqual([
			'Question 1 of 2: First? 30 seconds to prepare.',
			'Answer now: aim for 2 minutes.',
			'1 minute left.',
			'30 seconds left.',
			'Target reached: 2 minutes. Start wrapping up.',
			'3 minutes: finish now.'
		]);
	});

	it('without prep the question and the answer clock come together', () => {
		expect(speak(start(0), [t0])).toEqual([
			'Question 1 of 2: First? Answer now: aim for 2 minutes.'
		]);
	});

	it('says only the latest mark when several passed unseen', () => {
		expect(speak(start(0), [t0, t0 + 125_000])).toEqual([
			'Question 1 of 2: First? Answer now: aim for 2 minutes.',
			'Target reached: 2 minutes. Start wrapping up.'
		]);
	});

	it('announces the next question after rating, and pause and resume', () => {
		let state = start(0);
		const now = t0 + 10_000;
		const answering = clock.roundView(state, now);
		state = clock.done(state, now);
		const rating = clock.roundView(state, now);
		expect(roundSpeech(answering, rating, 'First?')).toBeUndefined();
		state = clock.next(state, now);
		const next = clock.roundView(state, now);
		expect(roundSpeech(rating, next, 'Second?')).toBe(
			'Question 2 of 2: Second? Answer now: aim for 2 minutes.'
		);
		const paused = clock.roundView(clock.togglePause(state, now), now);
		expect(roundSpeech(next, paused, 'Second?')).toBe('Clock stopped.');
		expect(roundSpeech(paused, next, 'Second?')).toBe('Clock running again.');
	});

	it('on resuming a round mid-answer, says the time left', () => {
		const view = clock.roundView(start(0), t0 + 45_000);
		expect(roundSpeech(null, view, 'First?')).toBe(
			'Question 1 of 2: First? Answering: 1 minute 15 seconds left before your target.'
		);
	});

	it('sums up the end of the round', () => {
		const results = [
			{ questionId: 'a', startedAt: 0, prepMs: 0, answerMs: 1, skipped: false },
			{ questionId: 'b', startedAt: 0, prepMs: 0, answerMs: 0, skipped: true }
		];
		expect(roundOverSpeech(results)).toBe('Round over: 1 answered, 1 skipped.');
		expect(roundOverSpeech(results.slice(0, 1))).toBe('Round over: 1 answered.');
	});
});
