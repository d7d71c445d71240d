import { describe, expect, it } from 'vitest';
import { formatDueDay, formatInterval } from './intervals';

describe('formatInterval', () => {
	it('speaks in minutes, hours and days', () => {
		const t = Date.parse('2026-11-23T09:00:00');
		expect(formatInterval(t, t + 20_000)).toBe('1 min');
		expect(formatInterval(t, t + 10 * 60_000)).toBe('10 min');
		expect(formatInterval(t, t + 5 * 3_600_000)).toBe('5 h');
		expect(formatInterval(t, t + 86_400_000)).toBe('1 day');
		expect(formatInterval(t, t + 4 * 86_400_000)).toBe('4 days');
	});
});

describe('formatDueDay', () => {
	it('says today and tomorrow', () => {
		const now = Date.parse('2026-11-23T09:00:00');
		expect(formatDueDay(Date.parse('2026-11-23T21:00:00'), now)).toBe('today');
		expect(formatDueDay(Date.parse('2026-11-24T08:00:00'), now)).toBe('tomorrow');
		expect(formatDueDay(Date.parse('2026-11-30T08:00:00'), now)).not.toMatch(/today|tomorrow/);
	});
});
