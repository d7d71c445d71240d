import { describe, expect, it } from 'vitest';
import { mergeRemote } from './merge-remote';

const empty = { situation: '', action: '', themeIds: [] as string[], rating: undefined as unknown };
const none = new Set<string>();
const never = new Map<string, string>();

describe('mergeRemote', () => {
	it('loads stored values into an untouched editor', () => {
		const r = mergeRemote(
			empty,
			empty,
			{ fields: { situation: 'S', action: 'A', themeIds: ['x'] } },
			none,
			never
		);
		expect(r).toEqual({ situation: 'S', action: 'A', themeIds: ['x'], rating: undefined });
	});

	it('keeps fields with unsaved edits and takes the others from another tab', () => {
		const local = { ...empty, situation: 'S', action: 'A, and more I typed' };
		const r = mergeRemote(
			local,
			empty,
			{
				fields: { situation: 'S edited elsewhere', action: 'A' },
				updatedAt: '2025-01-01T00:00:01Z'
			},
			new Set(['action']),
			never
		);
		expect(r.situation).toBe('S edited elsewhere');
		expect(r.action).toBe('A, and more I typed');
	});

	it('ignores a read from before its own last write (an old echo arriving late)', () => {
		const wroteAt = new Map([['action', '2025-01-01T00:00:02.000Z']]);
		const r = mergeRemote(
			{ ...empty, action: 'abcd' },
			empty,
			{ fields: { action: 'abc' }, updatedAt: '2025-01-01T00:00:01.000Z' },
			none,
			wroteAt
		);
		expect(r.action).toBe('abcd');
	});

	// Issue 24, item 3: both tabs said "Saved" with different text on screen.
	it('shows what another tab stored after its own write, once nothing is unsaved', () => {
		const wroteAt = new Map([['action', '2025-01-01T00:00:02.000Z']]);
		const r = mergeRemote(
			{ ...empty, action: 'A2' },
			empty,
			{ fields: { action: 'B1' }, updatedAt: '2025-01-01T00:00:03.000Z' },
			none,
			wroteAt
		);
		expect(r.action).toBe('B1');
	});

	it('clears a field another tab removed (a rating taken back)', () => {
		const r = mergeRemote({ ...empty, rating: 4 }, empty, { fields: {} }, none, never);
		expect(r.rating).toBeUndefined();
	});
});
