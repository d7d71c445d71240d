import { describe, expect, it } from 'vitest';
import { mergeRemote } from './merge-remote';

describe('mergeRemote', () => {
	const empty = { situation: '', action: '', themeIds: [] as string[] };

	it('loads stored values into an untouched editor', () => {
		const r = mergeRemote(empty, empty, { situation: 'S', action: 'A', themeIds: ['x'] });
		expect(r.local).toEqual({ situation: 'S', action: 'A', themeIds: ['x'] });
		expect(r.synced).toEqual(r.local);
	});

	it('keeps fields the user is editing and takes the others from another tab', () => {
		const synced = { situation: 'S', action: 'A', themeIds: ['x'] };
		const local = { ...synced, action: 'A, and more I typed' };
		const r = mergeRemote(local, synced, { situation: 'S edited elsewhere', action: 'A' });
		expect(r.local).toEqual({
			situation: 'S edited elsewhere',
			action: 'A, and more I typed',
			themeIds: ['x']
		});
		expect(r.synced.action).toBe('A');
	});

	it('ignores the echo of its own write while the user keeps typing', () => {
		const synced = { situation: '', action: '', themeIds: [] };
		const local = { ...synced, action: 'abcd' };
		const r = mergeRemote(local, synced, { action: 'abc' });
		expect(r.local.action).toBe('abcd');
		expect(r.synced.action).toBe('abc');
	});

	it('compares arrays by content', () => {
		const synced = { ...empty, themeIds: ['a'] };
		const r = mergeRemote({ ...synced, themeIds: ['a'] }, synced, { themeIds: ['a', 'b'] });
		expect(r.local.themeIds).toEqual(['a', 'b']);
	});
});
