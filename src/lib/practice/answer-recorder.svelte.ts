/**
 * Optional audio recording of practice answers (MediaRecorder). Loaded with `import()` only where
 * recording is offered, so pages that never record do not ship it.
 *
 * The recorder follows the round: it records while the answer clock runs, pauses with it, and
 * keeps the audio when the answer ends in the rating step (Done); a skipped or abandoned answer is
 * thrown away. The microphone is opened once per round and released when the round ends.
 */
import type { RoundPhase } from './round-clock';

export type RecorderStatus = 'off' | 'ready' | 'recording' | 'paused' | 'unavailable';

/** The audio of one answer, waiting to be saved with its rating. */
export interface Take {
	/** Index of the question in the round. */
	index: number;
	blob: Blob;
	mimeType: string;
}

/** The browser parts the recorder uses; tests pass fakes. */
export interface RecordingApis {
	getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
	MediaRecorder: typeof MediaRecorder;
}

// Speech needs far less than the browser default (~128 kb/s): 2 minutes stay under 0.5 MB.
const BITS_PER_SECOND = 32_000;
const STOP_WAIT_MS = 2000;
const PREFERRED_TYPES = [
	'audio/webm;codecs=opus',
	'audio/webm',
	'audio/mp4',
	'audio/ogg;codecs=opus'
];

/** Whether this browser can record audio at all (an API check; it does not ask for permission). */
export function canRecordAudio(): boolean {
	return (
		typeof navigator !== 'undefined' &&
		typeof navigator.mediaDevices?.getUserMedia === 'function' &&
		typeof MediaRecorder !== 'undefined'
	);
}

function browserApis(): RecordingApis {
	return {
		getUserMedia: (constraints) => navigator.mediaDevices.getUserMedia(constraints),
		MediaRecorder
	};
}

/** Why the microphone could not be used, in words for the user. */
export function microphoneProblem(error: unknown): string {
	const name = (error as { name?: string } | null)?.name;
	if (name === 'NotAllowedError' || name === 'SecurityError')
		return 'Microphone access is blocked, so recording is unavailable. Allow the microphone for this site in the browser’s settings to record.';
	if (name === 'NotFoundError' || name === 'OverconstrainedError')
		return 'No microphone was found, so recording is unavailable.';
	if (name === 'NotReadableError')
		return 'The microphone is busy in another app, so recording is unavailable.';
	return `Recording is unavailable: ${(error as Error)?.message || 'the microphone could not be opened'}.`;
}

/**
 * Asks for the microphone and lets it go at once, so the permission prompt appears when the user
 * turns recording on rather than in the middle of a round. Returns a problem in words, or ''.
 */
export async function checkMicrophone(apis: RecordingApis = browserApis()): Promise<string> {
	try {
		const stream = await apis.getUserMedia({ audio: true });
		for (const track of stream.getTracks()) track.stop();
		return '';
	} catch (e) {
		return microphoneProblem(e);
	}
}

export class AnswerRecorder {
	status = $state<RecorderStatus>('off');
	/** Why recording stopped or never started; empty when all is well. */
	message = $state('');
	/** The last answer's audio, until it is saved or deleted. */
	take = $state.raw<Take | null>(null);
	#apis: RecordingApis;
	#stream: MediaStream | null = null;
	/** The recording under way: which question, and its audio so far. */
	#current: { media: MediaRecorder; index: number; chunks: Blob[] } | null = null;
	#notBefore = -1;
	#stopped: Promise<void> = Promise.resolve();

	constructor(apis: RecordingApis = browserApis()) {
		this.#apis = apis;
	}

	/**
	 * Opens the microphone for a round. On failure the message says why and the round goes on
	 * without recording. `skipIndex`: an answer already running (a resumed round) is not recorded
	 * from its middle. Returns whether recording is ready.
	 */
	async arm(skipIndex = -1): Promise<boolean> {
		this.release();
		this.take = null;
		this.#notBefore = skipIndex;
		try {
			this.#stream = await this.#apis.getUserMedia({ audio: true });
		} catch (e) {
			this.status = 'unavailable';
			this.message = `${microphoneProblem(e)} This round goes on without recording.`;
			return false;
		}
		for (const track of this.#stream.getAudioTracks())
			track.addEventListener('ended', () => this.#fail('the microphone was disconnected'));
		this.status = 'ready';
		this.message = '';
		return true;
	}

	/** Call whenever the round changes: records while `phase` is 'answer' and not paused. */
	follow(phase: RoundPhase, paused: boolean, index: number) {
		const current = this.#current;
		if (current && (phase !== 'answer' || current.index !== index)) {
			this.#finish(phase === 'rating' && current.index === index);
		} else if (current) {
			const { media } = current;
			if (paused && media.state === 'recording') media.pause();
			else if (!paused && media.state === 'paused') media.resume();
			this.status = media.state === 'paused' ? 'paused' : 'recording';
			return;
		}
		if (phase === 'answer' && !paused && this.#stream && index !== this.#notBefore)
			this.#begin(index);
	}

	/** The take for question `index`, once the recorder has finished writing it; else null. */
	async takeFor(index: number): Promise<Take | null> {
		// A recorder that never reports `stop` must not hold up saving the rating.
		await Promise.race([
			this.#stopped,
			new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS))
		]);
		return this.take?.index === index ? this.take : null;
	}

	/** Forgets the last take (the user deleted it before saving, or it was saved). */
	discard() {
		this.take = null;
	}

	/** Stops recording and closes the microphone (end of round, leaving the page). */
	release() {
		if (this.#current) this.#finish(false);
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		if (this.status !== 'unavailable') this.status = 'off';
	}

	#begin(index: number) {
		const { MediaRecorder: Recorder } = this.#apis;
		const preferred = PREFERRED_TYPES.find((type) => Recorder.isTypeSupported?.(type));
		let media: MediaRecorder;
		try {
			media = new Recorder(this.#stream!, {
				...(preferred ? { mimeType: preferred } : {}),
				audioBitsPerSecond: BITS_PER_SECOND
			});
			media.start();
		} catch (e) {
			this.#fail((e as Error).message);
			return;
		}
		const current = { media, index, chunks: [] as Blob[] };
		media.addEventListener('dataavailable', (event) => {
			if (event.data.size > 0) current.chunks.push(event.data);
		});
		media.addEventListener('error', () => this.#fail('the browser stopped the recording'));
		this.#current = current;
		this.take = null;
		this.status = 'recording';
	}

	/** Stops the running recording; keeps its audio as `take` when `keep`. */
	#finish(keep: boolean) {
		const current = this.#current;
		this.#current = null;
		this.status = this.#stream ? 'ready' : 'off';
		if (!current) return;
		const { media, index, chunks } = current;
		this.#stopped = new Promise((resolve) => {
			media.addEventListener(
				'stop',
				() => {
					if (keep && chunks.length > 0) {
						const mimeType = media.mimeType || chunks[0].type || 'audio/webm';
						this.take = { index, blob: new Blob(chunks, { type: mimeType }), mimeType };
					}
					resolve();
				},
				{ once: true }
			);
			if (media.state === 'inactive') resolve();
			else media.stop();
		});
	}

	#fail(reason: string) {
		if (this.status === 'unavailable') return;
		this.release();
		this.status = 'unavailable';
		this.message = `Recording stopped: ${reason}. The round goes on without it.`;
	}
}
