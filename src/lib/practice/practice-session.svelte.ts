import { saveAttempt } from '$lib/db/attempts';
import { deleteSetting, readSetting, saveSetting } from '$lib/db/settings';
import type { Ratings } from './rubric';
import * as clock from './round-clock';
import type { SelectionMode } from './selection';

/** What the set-up form remembers between rounds. */
export interface PracticeDefaults {
	themeIds: string[];
	mode: SelectionMode | 'mock';
	count: number;
	prepSeconds: number;
	targetSeconds: number;
	showAnswer: boolean;
}

export const PRACTICE_DEFAULTS: PracticeDefaults = {
	themeIds: [],
	mode: 'unanswered-first',
	count: 3,
	prepSeconds: 30,
	targetSeconds: 120,
	showAnswer: false
};

const ROUND_KEY = 'practiceRound';
export const DEFAULTS_KEY = 'practiceDefaults';

interface StoredRound {
	state: clock.RoundState;
	ratings: Record<string, Ratings>;
	showAnswer: boolean;
}

/**
 * The round in progress: the pure clock (round-clock.ts) plus what the page needs around it:
 * a ticking `now`, persistence after every step (a reload resumes), alerts at the target and at
 * 3 minutes, the screen kept awake, and saving each rated attempt.
 */
export class PracticeSession {
	round = $state.raw<clock.RoundState | null>(null);
	ratings = $state<Record<string, Ratings>>({});
	showAnswer = $state(false);
	now = $state(Date.now());
	/** A round found in storage, offered for resuming. */
	unfinished = $state.raw<StoredRound | null>(null);
	error = $state('');
	view = $derived(this.round ? clock.roundView(this.round, this.now) : null);
	#timer: ReturnType<typeof setInterval> | undefined;
	#wakeLock: WakeLockSentinel | undefined;

	/** Looks for a round left unfinished (closed tab, reload). */
	async load() {
		const stored = await readSetting<StoredRound>(ROUND_KEY);
		const state = clock.restoreRound(stored?.state);
		if (stored && state && state.phase !== 'finished') this.unfinished = { ...stored, state };
	}

	async start(questionIds: string[], defaults: PracticeDefaults) {
		const state = clock.createRound(questionIds, {
			prepMs: defaults.prepSeconds * 1000,
			targetMs: defaults.targetSeconds * 1000
		});
		this.ratings = {};
		this.showAnswer = defaults.showAnswer;
		await this.#set(clock.startRound(state, Date.now()));
		this.#run();
	}

	resume() {
		if (!this.unfinished) return;
		this.ratings = this.unfinished.ratings;
		this.showAnswer = this.unfinished.showAnswer;
		void this.#set(this.unfinished.state);
		this.unfinished = null;
		this.#run();
	}

	async discardUnfinished() {
		this.unfinished = null;
		await deleteSetting(ROUND_KEY);
	}

	/** Applies one clock step (start, done, pause, skip…) now, and stores the result. */
	act(step: (state: clock.RoundState, now: number) => clock.RoundState) {
		if (!this.round) return;
		const next = step(this.round, Date.now());
		if (next !== this.round) void this.#set(next);
	}

	/** Saves the rated attempt, then moves on to the next question. */
	async rate(ratings: Ratings, note: string) {
		const current = this.view?.current;
		if (!this.round || !current) return;
		try {
			await saveAttempt({
				questionId: current.questionId,
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off conversion
				startedAt: new Date(current.startedAt).toISOString(),
				prepMs: current.prepMs,
				answerMs: current.answerMs,
				ratings: { ...ratings },
				note
			});
			this.ratings = { ...this.ratings, [current.questionId]: ratings };
			this.error = '';
			this.act(clock.next);
		} catch (e) {
			this.error = `Could not save this attempt: ${(e as Error).message}`;
		}
	}

	async leave() {
		this.#stop();
		this.round = null;
		await deleteSetting(ROUND_KEY);
	}

	async #set(state: clock.RoundState) {
		this.round = state;
		this.now = Date.now();
		try {
			if (state.phase === 'finished') {
				this.#stop();
				await deleteSetting(ROUND_KEY);
			} else
				await saveSetting(ROUND_KEY, {
					state,
					ratings: $state.snapshot(this.ratings),
					showAnswer: this.showAnswer
				});
		} catch (e) {
			this.error = `The round could not be saved: ${(e as Error).message}`;
		}
	}

	#run() {
		clearInterval(this.#timer);
		// Time comes from timestamps; the interval only refreshes the display.
		this.#timer = setInterval(() => this.#tick(), 200);
		void this.#keepAwake();
		document.addEventListener('visibilitychange', this.#onVisible);
	}

	#stop() {
		clearInterval(this.#timer);
		document.removeEventListener('visibilitychange', this.#onVisible);
		void this.#wakeLock?.release().catch(() => {});
		this.#wakeLock = undefined;
	}

	#onVisible = () => {
		if (document.visibilityState === 'visible' && this.round) void this.#keepAwake();
	};

	#tick() {
		this.now = Date.now();
		if (!this.round) return;
		const { state, alerts } = clock.takeAlerts(this.round, this.now);
		if (alerts.length) {
			signal(alerts.includes('overtime') ? 'overtime' : 'target');
			void this.#set(state);
		}
	}

	async #keepAwake() {
		try {
			this.#wakeLock = await navigator.wakeLock?.request('screen');
		} catch {
			// Not allowed here (battery saver, no user gesture): the round works without it.
		}
	}

	dispose() {
		this.#stop();
	}
}

/** A short buzz and beep where the device allows; silence is fine elsewhere. */
function signal(kind: clock.RoundWarning) {
	try {
		navigator.vibrate?.(kind === 'overtime' ? [150, 100, 150] : 150);
		const audio = new AudioContext();
		const tone = audio.createOscillator();
		const gain = audio.createGain();
		tone.frequency.value = kind === 'overtime' ? 660 : 880;
		gain.gain.value = 0.08;
		tone.connect(gain).connect(audio.destination);
		tone.start();
		tone.stop(audio.currentTime + 0.18);
		tone.onended = () => void audio.close();
	} catch {
		// No audio output available.
	}
}
