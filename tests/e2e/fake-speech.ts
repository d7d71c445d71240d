import type { Page } from '@playwright/test';

/** What the fake recognizer records, read back with `speechLog`. */
export interface SpeechLog {
	/** Every `start()`, with the recognizer's settings at that moment. */
	starts: { processLocally: boolean; lang: string; continuous: boolean }[];
	/** Every `available()` and `install()` call's options. */
	asked: unknown[];
	installs: unknown[];
}

/**
 * Replaces the browser's SpeechRecognition before the page loads (Chromium here has no
 * on-device model). `status` is what `available()` answers. The test speaks with `say`.
 */
export async function fakeSpeech(page: Page, status: 'available' | 'downloadable' | 'unavailable') {
	await page.addInitScript((initial: string) => {
		type Result = { 0: { transcript: string }; length: 1; isFinal: boolean };
		// An installed language pack stays installed across reloads, as a browser's would.
		const PACK = 'fake-speech-pack';
		const log = {
			status: sessionStorage.getItem(PACK) ?? initial,
			starts: [] as unknown[],
			asked: [] as unknown[],
			installs: [] as unknown[],
			current: null as FakeRecognition | null
		};
		class FakeRecognition {
			lang = '';
			continuous = false;
			interimResults = false;
			processLocally = false;
			onresult: ((e: unknown) => void) | null = null;
			onerror: ((e: unknown) => void) | null = null;
			onend: (() => void) | null = null;
			results: Result[] = [];
			start() {
				log.starts.push({
					processLocally: this.processLocally,
					lang: this.lang,
					continuous: this.continuous
				});
				log.current = this;
			}
			stop() {
				this.#end();
			}
			abort() {
				this.#end();
			}
			#end() {
				if (log.current === this) log.current = null;
				setTimeout(() => this.onend?.(), 0);
			}
			static available(options: unknown) {
				log.asked.push(options);
				return Promise.resolve(log.status);
			}
			static install(options: unknown) {
				log.installs.push(options);
				log.status = 'available';
				sessionStorage.setItem(PACK, 'available');
				return Promise.resolve(true);
			}
		}
		const w = window as unknown as Record<string, unknown>;
		w.SpeechRecognition = FakeRecognition;
		w.webkitSpeechRecognition = FakeRecognition;
		w.__speech = {
			log,
			/** The listening recognizer hears `text` as one final phrase; false when none listens. */
			say(text: string, error?: string) {
				const r = log.current;
				if (!r) return false;
				if (error) {
					r.onerror?.({ error });
					return true;
				}
				r.results.push({ 0: { transcript: text }, length: 1, isFinal: true });
				r.onresult?.({ resultIndex: r.results.length - 1, results: r.results });
				return true;
			}
		};
	}, status);
}

/**
 * Speaks `text` into the fake once a recognizer is listening; with `error` (e.g. 'no-speech'),
 * the recognizer fails that way instead.
 */
export async function say(page: Page, text: string, error?: string) {
	await page.waitForFunction(
		([t, e]) =>
			(window as unknown as { __speech: { say(t: string, e?: string): boolean } }).__speech.say(
				t,
				e
			),
		[text, error] as const
	);
}

export const speechLog = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { __speech: { log: SpeechLog } }).__speech.log
	) as Promise<SpeechLog>;
