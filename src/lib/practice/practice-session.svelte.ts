import {
	addReading,
	MIN_READING_WORDS,
	READINGS_KEY,
	type Reading
} from '$lib/coach/speaking-rate';
import { saveAttempt } from '$lib/db/attempts';
import { saveRecording } from '$lib/db/recordings';
import { deleteSetting, readSetting, saveSetting } from '$lib/db/settings';
import type { SpokenTranscript } from '$lib/db/types';
import {
	dropUnratedRecording,
	forgetUnratedAnswers,
	keepUnratedAnswer,
	readUnratedAnswer,
	unratedAnswerId
} from '$lib/db/unrated-answers';
import type { AnswerTranscriber, HeardAnswer } from '$lib/speech/answer-transcriber.svelte';
import { countWords } from '$lib/answers/star-stats';
import type { AnswerRecorder, RecordingApis, Take } from './answer-recorder.svelte';
import { interruptionShowing, planInterruption, type Interruption } from './interruption';
import type { Ratings } from './rubric';
import * as clock from './round-clock';
import { RoundFocus } from './round-focus';
import type { SelectionMode } from './selection';
import type { TagFilter } from '$lib/content/tag-filter';

/** What the set-up form remembers between rounds. */
export interface PracticeDefaults {
	themeIds: string[];
	mode: SelectionMode | 'mock';
	count: number;
	prepSeconds: number;
	targetSeconds: number;
	showAnswer: boolean;
	/** Record each answer's audio (kept on this device). */
	record: boolean;
	/** The interruption drill: the interviewer cuts in with a follow-up mid-answer. */
	interruptions: boolean;
	/** Transcribe each answer with the browser's on-device speech recognition. */
	transcribe: boolean;
	/** Only bank questions for this company and level (absent: any). */
	tags?: TagFilter;
}

export const PRACTICE_DEFAULTS: PracticeDefaults = {
	themeIds: [],
	mode: 'unanswered-first',
	count: 3,
	prepSeconds: 30,
	targetSeconds: 120,
	showAnswer: false,
	record: false,
	interruptions: false,
	transcribe: false
};

/** The mock interview preset: 5 questions across themes, interview-like timing, interruptions. */
export const MOCK_INTERVIEW: Partial<PracticeDefaults> = {
	prepSeconds: 30,
	targetSeconds: 150,
	interruptions: true
};

const ROUND_KEY = 'practiceRound';
export const DEFAULTS_KEY = 'practiceDefaults';

interface StoredRound {
	state: clock.RoundState;
	ratings: Record<string, Ratings>;
	showAnswer: boolean;
	record?: boolean;
	transcribe?: boolean;
	interruptions?: Record<string, Interruption>;
	mock?: boolean;
	/** Set on load, never stored: what the answer waiting for its rating kept (audio, words). */
	kept?: { recording: boolean; transcript: boolean };
}

/** An ended answer's audio and words brought back from storage after a reload, until rated. */
export interface KeptAnswer {
	index: number;
	take: Take | null;
	heard: HeardAnswer | null;
}

/**
 * The round in progress: the pure clock (round-clock.ts) plus what the page needs around it:
 * a ticking `now`, persistence after every step (a reload resumes), alerts at the target and at
 * 3 minutes, focus mode (navigation hidden, screen kept on), saving each rated attempt, and (when asked) recording answers.
 */
export class PracticeSession {
	round = $state.raw<clock.RoundState | null>(null);
	/** The round just completed, for its summary; cleared when the next one starts. */
	finished = $state.raw<clock.RoundState | null>(null);
	ratings = $state<Record<string, Ratings>>({});
	showAnswer = $state(false);
	now = $state(Date.now());
	/** A round found in storage, offered for resuming. */
	unfinished = $state.raw<StoredRound | null>(null);
	error = $state('');
	/** Records answers when the round asked for it; null otherwise. */
	recorder = $state.raw<AnswerRecorder | null>(null);
	/** Transcribes answers on the device when the round asked for it; null otherwise. */
	transcriber = $state.raw<AnswerTranscriber | null>(null);
	/** Why a round that asked for transcripts runs without them; empty otherwise. */
	transcriptNotice = $state('');
	/** Planned interruptions by question, when the drill is on. */
	interruptions = $state.raw<Record<string, Interruption>>({});
	/** Whether this round is the mock interview preset (its summary adds the coach's view). */
	mock = $state(false);
	/** The answer waiting for its rating, as kept in storage before a reload; null otherwise. */
	kept = $state.raw<KeptAnswer | null>(null);
	view = $derived(this.round ? clock.roundView(this.round, this.now) : null);
	/** The interviewer's follow-up, once the answer clock reaches its moment. */
	interruption = $derived.by(() => {
		const view = this.view;
		if (view?.phase !== 'answer' || !view.questionId) return undefined;
		const plan = this.interruptions[view.questionId];
		return interruptionShowing(plan, view.answerElapsedMs) ? plan : undefined;
	});
	#timer: ReturnType<typeof setInterval> | undefined;
	/** Navigation hidden and the screen kept on while the round runs. */
	#focus = new RoundFocus();
	#record = false;
	#transcribe = false;
	/** The answer whose audio and words are in storage (kept, or brought back); '' for none. */
	#keptFor = '';
	#keeping: Promise<void> = Promise.resolve();
	#recordingApis: RecordingApis | undefined;

	/** `recordingApis`: the microphone and MediaRecorder to use (tests pass fakes). */
	constructor({ recordingApis }: { recordingApis?: RecordingApis } = {}) {
		this.#recordingApis = recordingApis;
	}

	/**
	 * Looks for a round left unfinished (closed tab, reload), and for what its answer waiting to be
	 * rated kept (its audio and transcript are stored as soon as the answer ends).
	 */
	async load() {
		const stored = await readSetting<StoredRound>(ROUND_KEY);
		const state = clock.restoreRound(stored?.state);
		if (!stored || !state || state.phase === 'finished') return;
		const current = clock.roundView(state, Date.now()).current;
		const kept =
			state.phase === 'rating' && current
				? await readUnratedAnswer(current.questionId, current.startedAt).catch(() => undefined)
				: undefined;
		this.unfinished = {
			...stored,
			state,
			kept: kept && { recording: !!kept.recording, transcript: !!kept.transcript }
		};
	}

	/** Starts a round; `followUps` (by question id) feed the interruption drill. */
	async start(
		questionIds: string[],
		defaults: PracticeDefaults,
		followUps: Record<string, string[]> = {}
	) {
		const state = clock.createRound(questionIds, {
			prepMs: defaults.prepSeconds * 1000,
			targetMs: defaults.targetSeconds * 1000
		});
		this.finished = null;
		this.ratings = {};
		this.kept = null;
		this.#keptFor = '';
		void this.#forgetKept();
		this.showAnswer = defaults.showAnswer;
		this.mock = defaults.mode === 'mock';
		this.interruptions = defaults.interruptions
			? Object.fromEntries(
					questionIds.map((id) => [
						id,
						planInterruption(state.settings.targetMs, followUps[id] ?? [])
					])
				)
			: {};
		// Before the clock starts: a permission prompt must not eat into prep time.
		await this.#useRecorder(defaults.record);
		await this.#useTranscriber(defaults.transcribe);
		await this.#set(clock.startRound(state, Date.now()));
		this.#run();
	}

	async resume() {
		const stored = this.unfinished;
		if (!stored) return;
		this.unfinished = null;
		this.finished = null;
		this.ratings = stored.ratings;
		this.showAnswer = stored.showAnswer;
		this.interruptions = stored.interruptions ?? {};
		this.mock = stored.mock ?? false;
		const view = clock.roundView(stored.state, Date.now());
		const running = view.phase === 'answer' ? view.index : -1;
		await this.#bringBack(view);
		await this.#useRecorder(stored.record ?? false, running);
		await this.#useTranscriber(stored.transcribe ?? false, running);
		await this.#set(stored.state);
		this.#run();
	}

	async discardUnfinished() {
		this.unfinished = null;
		await deleteSetting(ROUND_KEY);
		await this.#forgetKept();
	}

	/** The audio of answer `index` waiting for its rating: just recorded, or kept over a reload. */
	takeOf(index: number): Take | null {
		const take = this.recorder?.take;
		if (take?.index === index) return take;
		return this.kept?.index === index ? this.kept.take : null;
	}

	/** What was heard on answer `index`: just now, or kept over a reload. */
	heardOf(index: number): HeardAnswer | null {
		return this.transcriber?.heard(index) ?? (this.kept?.index === index ? this.kept.heard : null);
	}

	/** The user deletes the audio of the answer they are rating: gone from memory and storage. */
	deleteTake() {
		this.recorder?.discard();
		const current = this.view?.current;
		if (this.kept) this.kept = { ...this.kept, take: null };
		if (!current) return;
		this.#keeping = this.#keeping.then(() =>
			dropUnratedRecording(current.questionId, current.startedAt).catch(() => {})
		);
	}

	/** Applies one clock step (start, done, pause, skip…) now, and stores the result. */
	act(step: (state: clock.RoundState, now: number) => clock.RoundState) {
		if (!this.round) return;
		const next = step(this.round, Date.now());
		if (next !== this.round) void this.#set(next);
	}

	/**
	 * Saves the rated attempt with its transcript (`transcriptText`: as the user corrected it) and
	 * its recording (if one was made and not deleted), then moves on to the next question. A
	 * recording that cannot be stored (storage full) is reported; the attempt is kept and the
	 * round goes on.
	 */
	async rate(ratings: Ratings, note: string, transcriptText?: string) {
		const current = this.view?.current;
		if (!this.round || !current) return;
		const index = this.round.index;
		const transcript = this.#transcriptOf(index, transcriptText);
		let attemptId: string;
		try {
			attemptId = await saveAttempt({
				questionId: current.questionId,
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off conversion
				startedAt: new Date(current.startedAt).toISOString(),
				prepMs: current.prepMs,
				answerMs: current.answerMs,
				ratings: { ...ratings },
				note,
				...this.#interruptionOf(current),
				...(transcript ? { transcript } : {})
			});
		} catch (e) {
			this.error = `Could not save this attempt: ${(e as Error).message}`;
			return;
		}
		this.error = '';
		this.transcriber?.discard();
		if (transcript) await this.#measureRate(transcript.text, current.answerMs);
		const take = (await this.recorder?.takeFor(index)) ?? this.takeOf(index);
		if (take) {
			try {
				await saveRecording(attemptId, take.blob, take.mimeType);
			} catch (e) {
				this.error = `The attempt was saved, but not its recording: ${(e as Error).message}`;
			}
			this.recorder?.discard();
		}
		// Saved with the attempt (or reported): storage need not hold the answer any longer.
		this.kept = null;
		await this.#forgetKept();
		this.ratings = { ...this.ratings, [current.questionId]: ratings };
		this.act(clock.next);
	}

	/** What was heard on answer `index`, with the text as the user left it. */
	#transcriptOf(index: number, text?: string): SpokenTranscript | undefined {
		const heard = this.heardOf(index);
		if (!heard && !text?.trim()) return undefined;
		return {
			text: text ?? heard?.text ?? '',
			lang: heard?.lang ?? this.transcriber?.lang ?? 'en-US',
			segments: heard?.segments ?? []
		};
	}

	/** A transcribed answer measures the speaking rate the coach estimates time with. */
	async #measureRate(text: string, ms: number) {
		const words = countWords(text);
		if (words < MIN_READING_WORDS) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off timestamp
		const reading: Reading = { words, ms, at: new Date().toISOString() };
		try {
			await saveSetting(
				READINGS_KEY,
				addReading((await readSetting<Reading[]>(READINGS_KEY)) ?? [], reading)
			);
		} catch {
			// The attempt is saved; a rate not updated is no loss worth stopping the round for.
		}
	}

	/** The interruption the user actually faced on this answer, for the attempt record. */
	#interruptionOf(result: clock.QuestionResult) {
		const plan = this.interruptions[result.questionId];
		return plan && !result.skipped && result.answerMs >= plan.atMs
			? { interruption: { prompt: plan.prompt, atMs: plan.atMs } }
			: {};
	}

	/** Opens the microphone for a round that records; the recorder code loads only then. */
	async #useRecorder(record: boolean, skipIndex = -1) {
		this.recorder?.release();
		this.recorder = null;
		this.#record = record;
		if (!record) return;
		const { AnswerRecorder, canRecordAudio } = await import('./answer-recorder.svelte');
		if (!this.#recordingApis && !canRecordAudio()) return;
		const recorder = new AnswerRecorder(this.#recordingApis);
		this.recorder = recorder;
		await recorder.arm(skipIndex);
	}

	/**
	 * Starts on-device transcription for a round that asks for it, when the browser has it ready
	 * (the set-up form installs the language pack first). Never falls back to cloud recognition.
	 */
	async #useTranscriber(transcribe: boolean, skipIndex = -1) {
		this.transcriber?.release();
		this.transcriber = null;
		this.transcriptNotice = '';
		this.#transcribe = transcribe;
		if (!transcribe) return;
		const [{ AnswerTranscriber }, { onDeviceStatus, transcriptionLanguage }] = await Promise.all([
			import('$lib/speech/answer-transcriber.svelte'),
			import('$lib/speech/recognition')
		]);
		const lang = transcriptionLanguage();
		if ((await onDeviceStatus(lang)) !== 'available') {
			this.transcriptNotice =
				'Transcription on this device is not ready in this browser, so this round is not transcribed.';
			return;
		}
		this.transcriber = new AnswerTranscriber(
			lang,
			() => (this.round ? clock.roundView(this.round, Date.now()).answerElapsedMs : 0),
			undefined,
			skipIndex
		);
	}

	/** Lets the recorder and transcriber follow the answer clock (a prep that ran out included). */
	#followClock() {
		const view = this.view;
		if (!view) return;
		this.recorder?.follow(view.phase, view.paused, view.index);
		this.transcriber?.follow(view.phase, view.paused, view.index);
	}

	/**
	 * Stores the ended answer's audio and words as soon as they are there (the recorder hands its
	 * audio over once it has stopped), so a reload before the rating is saved loses neither.
	 */
	#keepEnded(view: clock.RoundView) {
		const current = view.current;
		if (view.phase !== 'rating' || !current) return;
		const id = unratedAnswerId(current.questionId, current.startedAt);
		if (this.#keptFor === id || (!this.recorder && !this.transcriber)) return;
		this.#keptFor = id;
		const { index } = view;
		this.#keeping = this.#keeping.then(async () => {
			const take = await this.recorder?.takeFor(index);
			const heard = this.transcriber?.heard(index);
			try {
				await keepUnratedAnswer({
					questionId: current.questionId,
					startedAt: current.startedAt,
					...(take ? { recording: { blob: take.blob, mimeType: take.mimeType } } : {}),
					...(heard
						? { transcript: { text: heard.text, lang: heard.lang, segments: heard.segments } }
						: {})
				});
			} catch {
				// Storage full or refused: the answer is still here to rate, as before.
			}
		});
	}

	/** A resumed round waiting on a rating gets that answer's kept audio and words back. */
	async #bringBack(view: clock.RoundView) {
		this.kept = null;
		const current = view.current;
		if (view.phase !== 'rating' || !current) {
			this.#keptFor = '';
			await this.#forgetKept();
			return;
		}
		this.#keptFor = unratedAnswerId(current.questionId, current.startedAt);
		const stored = await readUnratedAnswer(current.questionId, current.startedAt).catch(
			() => undefined
		);
		if (!stored) return;
		const { index } = view;
		this.kept = {
			index,
			take: stored.recording ? { index, ...stored.recording } : null,
			heard: stored.transcript ? { index, ...stored.transcript } : null
		};
	}

	/** Forgets every stored unrated answer, after anything being stored has landed. */
	async #forgetKept() {
		const keeping = this.#keeping;
		this.#keeping = keeping.then(() => forgetUnratedAnswers().catch(() => {}));
		await this.#keeping;
	}

	async #set(state: clock.RoundState) {
		this.round = state;
		this.now = Date.now();
		this.#followClock();
		if (state.phase === 'finished') {
			// The round is over: it leaves the runner for its summary, and storage.
			this.#stop();
			this.round = null;
			this.finished = state;
			this.kept = null;
			void this.#forgetKept();
		} else this.#keepEnded(clock.roundView(state, this.now));
		try {
			if (state.phase === 'finished') await deleteSetting(ROUND_KEY);
			else
				await saveSetting(ROUND_KEY, {
					state,
					ratings: $state.snapshot(this.ratings),
					showAnswer: this.showAnswer,
					record: this.#record,
					transcribe: this.#transcribe,
					interruptions: this.interruptions,
					mock: this.mock
				});
		} catch (e) {
			this.error = `The round could not be saved: ${(e as Error).message}`;
		}
	}

	#run() {
		clearInterval(this.#timer);
		// Time comes from timestamps; the interval only refreshes the display.
		this.#timer = setInterval(() => this.#tick(), 200);
		this.#focus.hold();
	}

	#stop() {
		clearInterval(this.#timer);
		this.#focus.release();
		// Closes the microphone; the recorder stays so its message can still be read.
		this.recorder?.release();
		this.transcriber?.release();
	}

	#tick() {
		this.now = Date.now();
		if (!this.round) return;
		this.#followClock();
		const { state, alerts } = clock.takeAlerts(this.round, this.now);
		if (alerts.length) {
			signal(alerts.includes('overtime') ? 'overtime' : 'target');
			void this.#set(state);
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
