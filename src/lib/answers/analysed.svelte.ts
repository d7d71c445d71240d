import { untrack } from 'svelte';
import type { StarPart } from '$lib/db/types';

type Answer = Record<StarPart, string>;

/** Past this many characters in all, the counts and the coach wait for a pause in typing. */
export const LONG_ANSWER_CHARS = 50_000;
/** How long typing must pause (after its last keystroke is on screen) before a long answer is read again. */
export const LONG_ANSWER_PAUSE_MS = 400;
/**
 * Past this many characters (pasted notes, not an answer one could say), the pause is
 * HUGE_ANSWER_PAUSE_MS: reading a megabyte takes the main thread hundreds of ms on a slow phone,
 * which a short pause between words would set off again and again.
 */
export const HUGE_ANSWER_CHARS = 200_000;
export const HUGE_ANSWER_PAUSE_MS = 2000;

const length = (a: Answer) =>
	a.situation.length + a.task.length + a.action.length + a.result.length;

/**
 * The answer as the word counts and the coach read it. An ordinary answer is read as it is
 * typed. A long one (pasted notes, a megabyte of text) is read when it first appears and again
 * each time typing pauses: counting and coaching it takes longer than a frame, and doing it on
 * every keystroke would make typing lag. Create it during component initialisation.
 */
export class AnalysedAnswer {
	/** The long answer as it stood at the last pause; undefined while the answer is not long. */
	#paused = $state.raw<Answer>();
	/** What to analyse now. */
	readonly current: Answer;

	/** How long typing must pause before the answer is read again; 0 while it is read as typed. */
	get pauseMs(): number {
		const paused = this.#paused;
		if (!paused) return 0;
		return length(paused) > HUGE_ANSWER_CHARS ? HUGE_ANSWER_PAUSE_MS : LONG_ANSWER_PAUSE_MS;
	}

	constructor(read: () => Answer) {
		this.current = $derived(this.#paused ?? read());
		$effect(() => {
			const { situation, task, action, result } = read();
			const answer = { situation, task, action, result };
			if (length(answer) <= LONG_ANSWER_CHARS) {
				this.#paused = undefined;
				return;
			}
			// Read without tracking: setting it below must not run this again.
			if (untrack(() => this.#paused) === undefined) {
				this.#paused = answer;
				return;
			}
			// The pause counts from the frame that shows the keystroke: on a slow device, laying
			// out a megabyte of text can itself take longer than the pause.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const pause =
				length(answer) > HUGE_ANSWER_CHARS ? HUGE_ANSWER_PAUSE_MS : LONG_ANSWER_PAUSE_MS;
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.#paused = answer), pause);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}
}
