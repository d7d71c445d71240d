import { describe, expect, it } from 'vitest';
import { attemptsThisWeek, streakDays } from './streak';

const now = new Date(2026, 10, 23, 18, 0).getTime();
const at = (day: number, hour = 9) => new Date(2026, 10, day, hour).toISOString();

describe('practice streaks', () => {
	it('counts attempts over the last 7 days', () => {
		expect(attemptsThisWeek([at(23), at(23, 10), at(17), at(16), at(24)], now)).toBe(3);
	});

	it('counts consecutive days ending today', () => {
		expect(streakDays([at(23), at(22), at(22, 20), at(21), at(19)], now)).toBe(3);
	});

	it('keeps yesterday’s streak alive until today ends, and is 0 after a gap', () => {
		expect(streakDays([at(22), at(21)], now)).toBe(2);
		expect(streakDays([at(20)], now)).toBe(0);
		expect(streakDays([], now)).toBe(0);
	});
});
