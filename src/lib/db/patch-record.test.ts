import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers';
import { getDatabase } from './open';
import { laterThan } from './patch-record';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('laterThan', () => {
	const now = Date.parse('2026-11-30T12:00:00.000Z');

	it('is now when the previous write is older, or there is none', () => {
		expect(laterThan('2026-11-30T11:59:59.999Z', now)).toBe('2026-11-30T12:00:00.000Z');
		expect(laterThan(undefined, now)).toBe('2026-11-30T12:00:00.000Z');
		expect(laterThan('not a date', now)).toBe('2026-11-30T12:00:00.000Z');
	});

	it('is a millisecond after a previous write stamped now or later', () => {
		expect(laterThan('2026-11-30T12:00:00.000Z', now)).toBe('2026-11-30T12:00:00.001Z');
		expect(laterThan('2027-01-01T00:00:00.000Z', now)).toBe('2027-01-01T00:00:00.001Z');
	});
});

describe('patchRecord', () => {
	it('stores a later updatedAt than the record it replaces, even one stamped ahead of this clock', async () => {
		// Written by another tab whose transaction committed first, or by a device whose clock runs ahead.
		const ahead = new Date(Date.now() + 60_000).toISOString();
		const db = await getDatabase();
		await db.answers.put({
			questionId: 'q',
			situation: 'from the other tab',
			task: '',
			action: '',
			result: '',
			status: 'draft',
			createdAt: ahead,
			updatedAt: ahead
		});
		const stored = await saveAnswer('q', { action: 'mine, written after it' });
		expect(stored > ahead).toBe(true);
		const again = await reopened();
		expect(await again.answers.get('q')).toMatchObject({
			situation: 'from the other tab',
			action: 'mine, written after it',
			updatedAt: stored
		});
	});
});
