import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PAUSE_MS, SaveSpeech } from './save-speech';

describe('SaveSpeech', () => {
	let said: [string, string][];
	let speech: SaveSpeech;
	beforeEach(() => {
		vi.useFakeTimers();
		said = [];
		speech = new SaveSpeech((text, priority) => said.push([text, priority]));
	});
	afterEach(() => {
		speech.dispose();
		vi.useRealTimers();
	});

	it('stays quiet through bursts of typing, then says once that all is saved', () => {
		for (let burst = 0; burst < 4; burst++) {
			speech.update('pending', 'Saving…');
			speech.update('saving', 'Saving…');
			speech.update('saved', 'Saved');
			vi.advanceTimersByTime(2000);
		}
		expect(said).toEqual([]);
		vi.advanceTimersByTime(LONG_PAUSE_MS);
		expect(said).toEqual([['All changes saved.', 'polite']]);
	});

	it('says a failure at once, only once while it keeps failing, and the recovery', () => {
		const failed = 'Not saved: storage is full. Your text is still here; retrying.';
		speech.update('saving', 'Saving…');
		speech.update('failed', failed);
		speech.update('saving', 'Saving…');
		speech.update('failed', failed);
		expect(said).toEqual([[failed, 'assertive']]);
		speech.update('saved', 'Saved');
		expect(said).toEqual([
			[failed, 'assertive'],
			['Saved now.', 'polite']
		]);
		vi.advanceTimersByTime(LONG_PAUSE_MS);
		expect(said).toHaveLength(2);
	});

	it('says nothing once the editor has gone', () => {
		speech.update('saved', 'Saved');
		speech.dispose();
		vi.advanceTimersByTime(LONG_PAUSE_MS);
		expect(said).toEqual([]);
	});
});
