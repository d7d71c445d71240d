import { describe, expect, it } from 'vitest';
import { addReading, readingRate, speakingRate, type Reading } from './speaking-rate';

const reading = (words: number, seconds: number): Reading => ({
	words,
	ms: seconds * 1000,
	at: '2026-11-23T10:00:00Z'
});

describe('speaking rate', () => {
	it('is ~140 wpm until the user has timed a reading', () => {
		expect(speakingRate([])).toBe(140);
		expect(speakingRate([reading(20, 10)])).toBe(140); // too short to trust
	});

	it('computes words per minute and takes the median of recent readings', () => {
		expect(readingRate(reading(300, 120))).toBe(150);
		expect(speakingRate([reading(300, 120), reading(300, 100), reading(300, 180)])).toBe(150);
		expect(speakingRate([reading(160, 60), reading(180, 60)])).toBe(170);
	});

	it('ignores impossible readings and keeps only the most recent five', () => {
		expect(speakingRate([reading(300, 5), reading(150, 60)])).toBe(150);
		let list: Reading[] = [];
		for (const s of [60, 60, 60, 60, 60, 120, 120, 120]) list = addReading(list, reading(120, s));
		expect(list).toHaveLength(5);
		expect(speakingRate(list)).toBe(60);
	});
});
