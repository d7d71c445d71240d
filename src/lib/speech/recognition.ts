/**
 * The one place that touches the browser's speech recognition (Web Speech API), and only its
 * on-device form: every recognizer starts with `processLocally = true`, and a browser that offers
 * only cloud recognition counts as having none. Loaded with `import()` where transcription is
 * offered. Tests replace `window.SpeechRecognition` with a fake before the page loads.
 */
import type { ResultsUpdate } from './transcript';

/** On-device recognition for a language: ready, needs its language pack, or not at all. */
export type OnDeviceStatus = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** The options every availability check and install uses: on this device, never the cloud. */
interface OnDeviceOptions {
	langs: string[];
	processLocally: true;
}

/** As much of a `SpeechRecognition` instance as the app uses. */
interface Recognizer {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	processLocally: boolean;
	onresult: ((event: BrowserResultEvent) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
	start(): void;
	stop(): void;
	abort(): void;
}

interface BrowserResultEvent {
	resultIndex: number;
	results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

interface RecognizerClass {
	new (): Recognizer;
	available?: (options: OnDeviceOptions) => Promise<string>;
	install?: (options: OnDeviceOptions) => Promise<boolean>;
}

/** The constructor, only where the browser can say whether it recognises on the device. */
function onDeviceClass(): RecognizerClass | undefined {
	if (typeof window === 'undefined') return undefined;
	const w = window as unknown as Record<string, RecognizerClass | undefined>;
	const Class = w.SpeechRecognition ?? w.webkitSpeechRecognition;
	return typeof Class?.available === 'function' ? Class : undefined;
}

/** The language to transcribe: the browser's, when it is English (the coach reads English). */
export function transcriptionLanguage(): string {
	const lang = typeof navigator === 'undefined' ? '' : navigator.language;
	return /^en(?:-|$)/i.test(lang) ? lang : 'en-US';
}

/** Whether `lang` can be transcribed on this device. Never asks for the microphone. */
export async function onDeviceStatus(lang: string): Promise<OnDeviceStatus> {
	const Class = onDeviceClass();
	if (!Class?.available) return 'unavailable';
	try {
		const status = await Class.available({ langs: [lang], processLocally: true });
		return status === 'available' || status === 'downloadable' || status === 'downloading'
			? status
			: 'unavailable';
	} catch {
		return 'unavailable';
	}
}

/** Fetches the language pack through the browser (on the user's say-so). Resolves true when ready. */
export async function installLanguagePack(lang: string): Promise<boolean> {
	const Class = onDeviceClass();
	if (!Class?.install) return false;
	try {
		return (await Class.install({ langs: [lang], processLocally: true })) === true;
	} catch {
		return false;
	}
}

export interface ListenHandlers {
	onresults: (update: ResultsUpdate) => void;
	onerror: (error: string) => void;
	onend: () => void;
}

/** A running recognition session. */
export interface Listening {
	/** Stops listening; results still on their way arrive, then `onend`. */
	stop(): void;
	/** Stops at once and drops what was not final. */
	abort(): void;
}

/**
 * Starts one on-device recognition session. Throws when the browser has no on-device
 * recognition, so nothing can reach a cloud recognizer by mistake.
 */
export function listen(lang: string, handlers: ListenHandlers): Listening {
	const Class = onDeviceClass();
	if (!Class) throw new Error('On-device speech recognition is not available in this browser.');
	const recognizer = new Class();
	recognizer.processLocally = true;
	recognizer.lang = lang;
	recognizer.continuous = true;
	recognizer.interimResults = true;
	recognizer.onresult = (event) =>
		handlers.onresults({
			resultIndex: event.resultIndex,
			results: Array.from(event.results, (result) => ({
				transcript: result[0]?.transcript ?? '',
				isFinal: result.isFinal
			}))
		});
	recognizer.onerror = (event) => handlers.onerror(event.error);
	recognizer.onend = () => handlers.onend();
	recognizer.start();
	return { stop: () => recognizer.stop(), abort: () => recognizer.abort() };
}

/** Errors after which listening again would fail the same way. */
export const FATAL_ERRORS = new Set([
	'not-allowed',
	'service-not-allowed',
	'audio-capture',
	'language-not-supported',
	'network',
	'bad-grammar'
]);

/** A recognizer error in words for the user; '' for errors that need no message. */
export function recognitionProblem(error: string): string {
	switch (error) {
		case 'aborted':
			return '';
		case 'no-speech':
			return 'No speech heard yet: speak up, or check that the right microphone is on.';
		case 'not-allowed':
		case 'service-not-allowed':
			return 'Microphone access is blocked, so transcription is off for this round. Allow the microphone for this site in the browser’s settings to transcribe.';
		case 'audio-capture':
			return 'No microphone was found, so transcription is off for this round.';
		case 'language-not-supported':
			return 'This browser cannot transcribe this language on the device, so transcription is off for this round.';
		case 'network':
			return 'The speech recognizer wanted the network, which this app never allows for speech, so transcription is off for this round.';
		default:
			return `Transcription stopped (${error}). The round goes on without it.`;
	}
}
