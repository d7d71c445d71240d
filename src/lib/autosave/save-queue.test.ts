import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	describeSaveError,
	HUGE_DEBOUNCE_MS,
	HUGE_TEXT_CHARS,
	SaveQueue
} from './save-queue.svelte';

type Patch = { situation?: string; action?: string };

describe('SaveQueue', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('debounces edits into one merged write', async () => {
		const writes: Patch[] = [];
		const queue = new SaveQueue<Patch>(async (p) => void writes.push(p), { debounceMs: 250 });
		queue.schedule({ situation: 'a' });
		await vi.advanceTimersByTimeAsync(100);
		queue.schedule({ situation: 'ab' });
		queue.schedule({ action: 'x' });
		expect(queue.state).toBe('pending');
		await vi.advanceTimersByTimeAsync(249);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes).toEqual([{ situation: 'ab', action: 'x' }]);
		expect(queue.label).toBe('Saved');
		expect(queue.unsaved).toBe(false);
	});

	it('waits longer after the last edit of a huge text, and writes it whole', async () => {
		const writes: Patch[] = [];
		const queue = new SaveQueue<Patch>(async (p) => void writes.push(p), { debounceMs: 250 });
		const huge = 'x'.repeat(HUGE_TEXT_CHARS + 1);
		queue.schedule({ situation: huge });
		await vi.advanceTimersByTimeAsync(HUGE_DEBOUNCE_MS - 1);
		expect(writes).toEqual([]);
		expect(queue.unsaved).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes).toEqual([{ situation: huge }]);
		// Back under the threshold, the usual debounce again.
		queue.schedule({ situation: 'short' });
		await vi.advanceTimersByTimeAsync(250);
		expect(writes.at(-1)).toEqual({ situation: 'short' });
	});

	it('flushes at once without waiting for the debounce', async () => {
		const writes: Patch[] = [];
		const queue = new SaveQueue<Patch>(async (p) => void writes.push(p));
		queue.schedule({ situation: 'now' });
		await queue.flush();
		expect(writes).toEqual([{ situation: 'now' }]);
		await vi.advanceTimersByTimeAsync(1000);
		expect(writes).toHaveLength(1);
	});

	it('runs one write at a time and writes edits made meanwhile afterwards', async () => {
		const writes: Patch[] = [];
		let release!: () => void;
		const queue = new SaveQueue<Patch>(async (p) => {
			writes.push(p);
			if (writes.length === 1) await new Promise<void>((r) => (release = r));
		});
		queue.schedule({ situation: 'one' });
		const first = queue.flush();
		queue.schedule({ situation: 'two' });
		const second = queue.flush();
		expect(writes).toEqual([{ situation: 'one' }]);
		expect(queue.label).toBe('Saving…');
		release();
		await Promise.all([first, second]);
		expect(writes).toEqual([{ situation: 'one' }, { situation: 'two' }]);
		expect(queue.state).toBe('saved');
	});

	it('keeps a failed patch, says why, and retries with backoff until it is stored', async () => {
		const stored: Patch[] = [];
		let failing = true;
		const quota = new DOMException('full', 'QuotaExceededError');
		const queue = new SaveQueue<Patch>(
			async (p) => {
				if (failing) throw quota;
				stored.push(p);
			},
			{ retryMs: [1000, 5000] }
		);
		queue.schedule({ situation: 'precious' });
		await queue.flush();
		expect(queue.state).toBe('failed');
		expect(queue.label).toMatch(/^Not saved: this device’s storage is full/);
		expect(queue.unsaved).toBe(true);

		queue.schedule({ action: 'more' });
		expect(queue.state).toBe('failed');
		await vi.advanceTimersByTimeAsync(250); // the debounced attempt fails too
		expect(stored).toEqual([]);

		failing = false;
		await vi.advanceTimersByTimeAsync(5000);
		expect(stored).toEqual([{ situation: 'precious', action: 'more' }]);
		expect(queue.state).toBe('saved');
		expect(queue.reason).toBe('');
	});

	it('hands the stash where a text changed, when the editor says', () => {
		const edits: unknown[] = [];
		const queue = new SaveQueue<Patch>(async () => {}, {
			stash: { write: (_, e) => edits.push(e), clear: () => {} }
		});
		const edit = { before: 'ab', from: 2, toEnd: 0, text: 'c' };
		queue.schedule({ situation: 'abc' }, { situation: edit });
		queue.schedule({ action: 'x' });
		expect(edits).toEqual([{ situation: edit }, undefined]);
	});

	it('stashes everything unsaved on each edit and clears the stash once stored', async () => {
		const stashed: object[] = [];
		let release!: () => void;
		const queue = new SaveQueue<Patch>(() => new Promise<void>((r) => (release = r)), {
			stash: { write: (p) => stashed.push(p), clear: () => stashed.push({}) }
		});
		queue.schedule({ situation: 'one' });
		const first = queue.flush();
		queue.schedule({ action: 'two' }); // while 'one' is being written
		expect(stashed).toEqual([{ situation: 'one' }, { situation: 'one', action: 'two' }]);
		expect(queue.unsavedFields).toEqual(new Set(['situation', 'action']));
		release(); // 'one' stored; 'two' goes out next, in the same run
		await vi.advanceTimersByTimeAsync(0);
		expect(stashed).toHaveLength(2);
		release();
		await first;
		expect(stashed.at(-1)).toEqual({});
		expect(queue.unsavedFields.size).toBe(0);
	});
});

describe('describeSaveError', () => {
	it('explains the usual failures in words', () => {
		expect(
			describeSaveError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })
		).toMatch(/storage is full/);
		expect(describeSaveError({ name: 'DatabaseClosedError' })).toMatch(/Reload this tab/);
		expect(describeSaveError(new Error('boom'))).toBe('boom');
		expect(describeSaveError(undefined)).toBe('the browser refused to store it');
	});
});
