// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS, undoNotice } from './undo.svelte';

describe('undoNotice', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		undoNotice.dismiss();
		undoNotice.release();
		vi.useRealTimers();
		document.body.innerHTML = '';
	});

	it('leaves after its time when nobody is on it', () => {
		undoNotice.offer('Deleted “A”.', async () => {});
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undoNotice.canUndo).toBe(true);
		vi.advanceTimersByTime(1);
		expect(undoNotice.message).toBe('');
	});

	it('stays while focused or hovered, and gets its full time again after', () => {
		undoNotice.offer('Deleted “A”.', async () => {});
		vi.advanceTimersByTime(UNDO_MS - 1000);
		undoNotice.hold();
		vi.advanceTimersByTime(10 * UNDO_MS);
		expect(undoNotice.canUndo).toBe(true);
		undoNotice.release();
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undoNotice.canUndo).toBe(true);
		vi.advanceTimersByTime(1);
		expect(undoNotice.message).toBe('');
	});

	it('undoes, then focuses what came back once it is on the page', async () => {
		document.body.innerHTML = '<main><h1>Stories</h1><ul></ul></main>';
		const undo = vi.fn(async () => {
			// The live list draws the restored story a moment later.
			setTimeout(() => (document.querySelector('ul')!.innerHTML = '<li><a href="/s/1">A</a></li>'));
		});
		undoNotice.offer('Deleted “A”.', undo, { restored: 'a[href="/s/1"]' });
		const undoing = undoNotice.undo();
		await vi.advanceTimersByTimeAsync(10);
		await undoing;
		expect(undo).toHaveBeenCalledOnce();
		expect(document.activeElement?.textContent).toBe('A');
		expect(undoNotice.message).toBe('Restored.');
		expect(undoNotice.canUndo).toBe(false);
	});

	it('says why when undo fails, and focuses the page heading', async () => {
		document.body.innerHTML = '<main><h1>Stories</h1></main>';
		undoNotice.offer('Deleted “A”.', async () => {
			throw new Error('the snapshot is gone');
		});
		await undoNotice.undo();
		expect(undoNotice.message).toBe('Could not undo: the snapshot is gone');
		expect(document.activeElement?.tagName).toBe('H1');
	});
});
