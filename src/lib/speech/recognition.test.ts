import { afterEach, describe, expect, it, vi } from 'vitest';
import { installLanguagePack, listen, onDeviceStatus, recognitionProblem } from './recognition';

/** A stand-in for the browser's class: records what it was asked and how it was started. */
function fakeClass(status: string | null) {
	const started: { processLocally: boolean; lang: string; continuous: boolean }[] = [];
	const asked: unknown[] = [];
	class Fake {
		lang = '';
		continuous = false;
		interimResults = false;
		processLocally = false;
		onresult: ((e: unknown) => void) | null = null;
		onerror = null;
		onend = null;
		start() {
			started.push({
				processLocally: this.processLocally,
				lang: this.lang,
				continuous: this.continuous
			});
		}
		stop() {}
		abort() {}
		static available = status === null ? undefined : async (o: unknown) => (asked.push(o), status);
		static install = async (o: unknown) => (asked.push(o), true);
	}
	return { Fake, started, asked };
}

afterEach(() => vi.unstubAllGlobals());

describe('on-device speech recognition', () => {
	it('asks about and installs on-device recognition only', async () => {
		const { Fake, asked } = fakeClass('downloadable');
		vi.stubGlobal('window', { SpeechRecognition: Fake });
		expect(await onDeviceStatus('en-US')).toBe('downloadable');
		expect(await installLanguagePack('en-US')).toBe(true);
		expect(asked).toEqual([
			{ langs: ['en-US'], processLocally: true },
			{ langs: ['en-US'], processLocally: true }
		]);
	});

	it('starts every recognizer with processLocally and passes results on as plain data', () => {
		const { Fake, started } = fakeClass('available');
		vi.stubGlobal('window', { webkitSpeechRecognition: Fake });
		const updates: unknown[] = [];
		listen('en-GB', { onresults: (u) => updates.push(u), onerror: () => {}, onend: () => {} });
		expect(started).toEqual([{ processLocally: true, lang: 'en-GB', continuous: true }]);
	});

	it('a browser with only cloud recognition has none as far as the app is concerned', async () => {
		const { Fake, started } = fakeClass(null);
		vi.stubGlobal('window', { SpeechRecognition: Fake });
		expect(await onDeviceStatus('en-US')).toBe('unavailable');
		expect(await installLanguagePack('en-US')).toBe(false);
		expect(() =>
			listen('en-US', { onresults: () => {}, onerror: () => {}, onend: () => {} })
		).toThrow(/not available/);
		expect(started).toEqual([]);
	});

	it('an unknown answer or a failing check reads as unavailable', async () => {
		const { Fake } = fakeClass('maybe');
		vi.stubGlobal('window', { SpeechRecognition: Fake });
		expect(await onDeviceStatus('en-US')).toBe('unavailable');
	});

	it('says each recognizer error in words', () => {
		expect(recognitionProblem('aborted')).toBe('');
		expect(recognitionProblem('not-allowed')).toMatch(/Microphone access is blocked/);
		expect(recognitionProblem('odd')).toMatch(/Transcription stopped \(odd\)/);
	});
});
