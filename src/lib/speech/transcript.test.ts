import { describe, expect, it } from 'vitest';
import { applyResults, emptyTranscript, newSession, transcriptText } from './transcript';

const r = (transcript: string, isFinal = false) => ({ transcript, isFinal });

describe('assembling a transcript from result events', () => {
	it('keeps interim words apart until they turn final, timed from first heard to final', () => {
		let s = emptyTranscript();
		s = applyResults(s, { resultIndex: 0, results: [r('so I')] }, 1000);
		expect(s.interim).toBe('so I');
		expect(s.segments).toEqual([]);
		s = applyResults(s, { resultIndex: 0, results: [r('so I decided')] }, 1500);
		s = applyResults(s, { resultIndex: 0, results: [r('so I decided to act', true)] }, 2400);
		expect(s.segments).toEqual([{ text: 'so I decided to act', startMs: 1000, endMs: 2400 }]);
		expect(s.interim).toBe('');
	});

	it('follows a growing result list: only results from resultIndex change, finals once', () => {
		let s = emptyTranscript();
		s = applyResults(s, { resultIndex: 0, results: [r('first part', true)] }, 2000);
		s = applyResults(s, { resultIndex: 1, results: [r('first part', true), r(' second')] }, 6000);
		// A repeated event for an already final result adds nothing.
		s = applyResults(
			s,
			{ resultIndex: 0, results: [r('first part', true), r(' second part', true)] },
			7000
		);
		expect(s.segments).toEqual([
			{ text: 'first part', startMs: 2000, endMs: 2000 },
			{ text: 'second part', startMs: 6000, endMs: 7000 }
		]);
		expect(transcriptText(s.segments)).toBe('first part second part');
	});

	it('a new session counts results from 0 again and keeps words left interim', () => {
		let s = emptyTranscript();
		s = applyResults(s, { resultIndex: 0, results: [r('we shipped', true), r('on ti')] }, 3000);
		s = newSession(s, 3500);
		expect(s.segments.map((x) => x.text)).toEqual(['we shipped', 'on ti']);
		s = applyResults(s, { resultIndex: 0, results: [r('after the pause', true)] }, 9000);
		expect(s.segments.at(-1)).toEqual({ text: 'after the pause', startMs: 9000, endMs: 9000 });
	});

	it('drops empty results and tidies spaces', () => {
		let s = emptyTranscript();
		s = applyResults(
			s,
			{ resultIndex: 0, results: [r('   ', true), r('  two  words ', true)] },
			10
		);
		expect(s.segments.map((x) => x.text)).toEqual(['two words']);
	});
});
