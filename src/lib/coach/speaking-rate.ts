import { DEFAULT_WORDS_PER_MINUTE } from '$lib/answers/star-stats';

/** One timed read-aloud: how many words, how long it took. */
export interface Reading {
	words: number;
	ms: number;
	at: string;
}

/** Readings kept for the median: recent enough to follow the user as they get faster. */
export const READINGS_KEPT = 5;

/** Readings this short say more about the stopwatch than about the speaker. */
export const MIN_READING_WORDS = 40;

/** Words per minute of one reading. */
export function readingRate(reading: Pick<Reading, 'words' | 'ms'>): number {
	return reading.ms > 0 ? (reading.words / reading.ms) * 60_000 : 0;
}

/**
 * The user's speaking rate: the median of their recent usable readings (so one rushed or
 * interrupted reading does not skew it), or the default of ~140 wpm until there is one.
 */
export function speakingRate(readings: readonly Reading[]): number {
	const rates = readings
		.filter((r) => r.words >= MIN_READING_WORDS)
		.slice(-READINGS_KEPT)
		.map(readingRate)
		.filter((r) => r >= 60 && r <= 300)
		.sort((a, b) => a - b);
	if (rates.length === 0) return DEFAULT_WORDS_PER_MINUTE;
	const mid = Math.floor(rates.length / 2);
	const median = rates.length % 2 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
	return Math.round(median);
}

/** Adds a reading, keeping the most recent few. */
export function addReading(readings: readonly Reading[], reading: Reading): Reading[] {
	return [...readings, reading].slice(-READINGS_KEPT);
}

/** Where the readings are kept (settings table). */
export const READINGS_KEY = 'speakingReadings';
