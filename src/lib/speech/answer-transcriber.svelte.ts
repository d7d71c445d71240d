/**
 * Transcribing practice answers on the device. Follows the round as the recorder does: listens
 * while the answer clock runs, stops with a pause, and keeps the transcript when the answer ends
 * in the rating step. Times are answer time, so a pause in the round is not a pause in speech.
 * The browser ends a recognition session on its own after a silence; while the answer runs, a new
 * one starts at once. Errors are said in words and the round goes on.
 */
import type { RoundPhase } from '$lib/practice/round-clock';
import {
	FATAL_ERRORS,
	listen,
	recognitionProblem,
	type Listening,
	type ListenHandlers
} from './recognition';
import {
	applyResults,
	emptyTranscript,
	newSession,
	transcriptText,
	type HeardSegment,
	type TranscriptState
} from './transcript';

export type TranscriberStatus = 'off' | 'listening' | 'paused' | 'unavailable';

/** The transcript of one answer, waiting to be saved with its rating. */
export interface HeardAnswer {
	index: number;
	lang: string;
	text: string;
	segments: HeardSegment[];
}

/** Starts a recognition session; tests pass a fake. */
export type Listen = (lang: string, handlers: ListenHandlers) => Listening;

// A session that ends at once over and over (a broken recognizer) must not spin forever.
const MAX_SESSIONS_PER_ANSWER = 200;

export class AnswerTranscriber {
	status = $state<TranscriberStatus>('off');
	/** Why transcription stopped or what it is waiting for; empty when all is well. */
	message = $state('');
	/** The answer being transcribed: words settled and words still being heard. */
	live = $state.raw<{ index: number; state: TranscriptState } | null>(null);
	readonly lang: string;
	#listen: Listen;
	#elapsed: () => number;
	#session: Listening | null = null;
	#want = false;
	#sessions = 0;
	#fatal = false;
	#notBefore: number;

	/**
	 * `elapsed` reads the answer clock (ms spoken so far). `skipIndex`: an answer already running
	 * (a resumed round) is not transcribed from its middle.
	 */
	constructor(lang: string, elapsed: () => number, listenTo: Listen = listen, skipIndex = -1) {
		this.lang = lang;
		this.#elapsed = elapsed;
		this.#listen = listenTo;
		this.#notBefore = skipIndex;
	}

	/** Call whenever the round changes: listens while `phase` is 'answer' and not paused. */
	follow(phase: RoundPhase, paused: boolean, index: number) {
		if (this.#fatal) return;
		const live = this.live;
		if (live && live.index !== index) this.live = null;
		if (live && phase !== 'answer' && phase !== 'rating') this.live = null;
		const want = phase === 'answer' && !paused && index !== this.#notBefore;
		if (want && !this.#want) {
			if (this.live?.index !== index) {
				this.live = { index, state: emptyTranscript() };
				this.#sessions = 0;
				this.message = '';
			}
			this.#want = true;
			this.#start(index);
		} else if (!want && this.#want) {
			this.#want = false;
			this.#session?.stop();
		}
		if (!this.#fatal) this.status = this.#want ? 'listening' : this.live ? 'paused' : 'off';
	}

	/** The transcript of answer `index`, or null when nothing was heard. */
	heard(index: number): HeardAnswer | null {
		const live = this.live;
		if (!live || live.index !== index) return null;
		const state = newSession(live.state, this.#elapsed());
		if (state.segments.length === 0) return null;
		return {
			index,
			lang: this.lang,
			text: transcriptText(state.segments),
			segments: state.segments
		};
	}

	/** Forgets the last answer's transcript (saved, or the answer was skipped). */
	discard() {
		this.live = null;
	}

	/** Stops listening for good (end of round, leaving the page). */
	release() {
		this.#want = false;
		this.#session?.abort();
		this.#session = null;
		if (this.status !== 'unavailable') this.status = 'off';
	}

	#start(index: number) {
		if (this.#sessions++ >= MAX_SESSIONS_PER_ANSWER)
			return this.#fail('Transcription stopped: the recognizer kept ending.');
		// One session at a time: one still finishing after a pause gives way to the new one.
		this.#session?.abort();
		const live = this.live;
		if (live?.index === index)
			this.live = { index, state: newSession(live.state, this.#elapsed()) };
		let session: Listening | null = null;
		const handlers: ListenHandlers = {
			onresults: (update) => {
				const live = this.live;
				if (this.#session !== session || live?.index !== index) return;
				this.live = { index, state: applyResults(live.state, update, this.#elapsed()) };
				if (this.message && !this.#fatal) this.message = '';
			},
			onerror: (error) => {
				if (this.#session !== session) return;
				const problem = recognitionProblem(error);
				if (FATAL_ERRORS.has(error)) this.#fail(problem);
				else if (problem) this.message = problem;
			},
			onend: () => {
				if (this.#session !== session) return;
				this.#session = null;
				const live = this.live;
				if (live?.index === index)
					this.live = { index, state: newSession(live.state, this.#elapsed()) };
				// The browser ended the session on a silence: listen again while the answer runs.
				if (this.#want && !this.#fatal && live?.index === index) this.#start(index);
			}
		};
		try {
			session = this.#listen(this.lang, handlers);
		} catch (e) {
			this.#fail(`Transcription could not start: ${(e as Error).message}`);
			return;
		}
		this.#session = session;
	}

	#fail(problem: string) {
		this.#fatal = true;
		this.#want = false;
		this.#session?.abort();
		this.#session = null;
		this.status = 'unavailable';
		this.message = problem.includes('round') ? problem : `${problem} The round goes on.`;
	}
}
