import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	AnalysedAnswer,
	HUGE_ANSWER_CHARS,
	HUGE_ANSWER_PAUSE_MS,
	LONG_ANSWER_CHARS,
	LONG_ANSWER_PAUSE_MS
} from './analysed.svelte';

const empty = { situation: '', task: '', action: '', result: '' };
const long = 'x'.repeat(LONG_ANSWER_CHARS + 1);
/** Fake timers run an animation frame every 16 ms; the pause starts at the next one. */
const FRAME = 16;

/** An AnalysedAnswer over a stateful answer, and a way to type into it. */
function setup() {
	const answer = $state({ ...empty });
	let analysed!: AnalysedAnswer;
	const stop = $effect.root(() => {
		analysed = new AnalysedAnswer(() => answer);
	});
	flushSync();
	const type = (part: keyof typeof empty, text: string) => {
		answer[part] = text;
		flushSync();
	};
	return { analysed, type, stop };
}

describe('AnalysedAnswer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reads an ordinary answer as it is typed', () => {
		const { analysed, type, stop } = setup();
		type('action', 'I split the work.');
		expect(analysed.current.action).toBe('I split the work.');
		stop();
	});

	it('reads a long answer at once, then again only when typing pauses', () => {
		const { analysed, type, stop } = setup();
		type('situation', long);
		expect(analysed.current.situation).toHaveLength(long.length);
		type('situation', `${long}a`);
		vi.advanceTimersByTime(LONG_ANSWER_PAUSE_MS - 1);
		type('situation', `${long}ab`);
		vi.advanceTimersByTime(LONG_ANSWER_PAUSE_MS - 1);
		expect(analysed.current.situation).toHaveLength(long.length);
		vi.advanceTimersByTime(FRAME + 1);
		flushSync();
		expect(analysed.current.situation).toHaveLength(long.length + 2);
		stop();
	});

	it('waits for a longer pause in a huge answer, and says how long', () => {
		const { analysed, type, stop } = setup();
		expect(analysed.pauseMs).toBe(0);
		type('situation', long);
		expect(analysed.pauseMs).toBe(LONG_ANSWER_PAUSE_MS);
		const huge = 'x'.repeat(HUGE_ANSWER_CHARS + 1);
		type('situation', huge);
		vi.advanceTimersByTime(LONG_ANSWER_PAUSE_MS + FRAME + 1);
		flushSync();
		expect(analysed.current.situation).toHaveLength(long.length);
		vi.advanceTimersByTime(HUGE_ANSWER_PAUSE_MS - LONG_ANSWER_PAUSE_MS);
		flushSync();
		expect(analysed.current.situation).toHaveLength(huge.length);
		expect(analysed.pauseMs).toBe(HUGE_ANSWER_PAUSE_MS);
		stop();
	});

	it('goes back to reading as typed once the answer is short again', () => {
		const { analysed, type, stop } = setup();
		type('result', long);
		type('result', 'Shipped early.');
		expect(analysed.current.result).toBe('Shipped early.');
		stop();
	});
});
