import { describe, expect, it } from 'vitest';
import { Draft } from './draft.svelte';

type Fields = { situation: string; action: string };
const empty: Fields = { situation: '', action: '' };

/** A Draft whose writes store at the given times, one per write. */
function draftWritingAt(...times: string[]) {
	const writes: Partial<Fields>[] = [];
	const draft = new Draft<Fields>(empty, async (patch) => {
		writes.push(patch);
		return times.shift();
	});
	return { draft, writes };
}

describe('Draft', () => {
	it('loads the stored record, then keeps typing that is not yet stored', () => {
		const { draft } = draftWritingAt();
		draft.receive({ situation: 'S', action: 'A' }, '2025-01-01T00:00:00.000Z');
		expect(draft.loaded).toBe(true);
		draft.edit('action', 'A typed');
		draft.receive({ situation: 'S elsewhere', action: 'A' }, '2025-01-01T00:00:01.000Z');
		expect(draft.fields).toEqual({ situation: 'S elsewhere', action: 'A typed' });
	});

	it('passes on where an edit changed the text, for the stash', () => {
		const stashed: unknown[] = [];
		const draft = new Draft<Fields>(empty, async () => undefined, {
			stash: { write: (patch, edits) => stashed.push([patch, edits]), clear: () => {} }
		});
		const edit = { before: '', from: 0, toEnd: 0, text: 'S' };
		draft.edit('situation', 'S', edit);
		expect(stashed).toEqual([[{ situation: 'S' }, { situation: edit }]]);
	});

	// Issue 24, item 3: both tabs said "Saved" while showing different text.
	it('shows what is stored once its own write is overtaken by another tab', async () => {
		const { draft } = draftWritingAt('2025-01-01T00:00:02.000Z');
		draft.receive({ ...empty, action: 'A1' }, '2025-01-01T00:00:01.000Z');
		draft.edit('action', 'A2');
		await draft.queue.flush();
		draft.receive({ ...empty, action: 'B1' }, '2025-01-01T00:00:03.000Z');
		expect(draft.queue.label).toBe('Saved');
		expect(draft.fields.action).toBe('B1');
	});

	it('ignores a read from before its own write that arrives late', async () => {
		const { draft } = draftWritingAt('2025-01-01T00:00:02.000Z');
		draft.receive({ ...empty, action: 'abc' }, '2025-01-01T00:00:01.000Z');
		draft.edit('action', 'abcd');
		await draft.queue.flush();
		draft.receive({ ...empty, action: 'abc' }, '2025-01-01T00:00:01.000Z');
		expect(draft.fields.action).toBe('abcd');
	});

	it('takes in a newer read that arrived while its write was out', async () => {
		let release!: (at: string) => void;
		const draft = new Draft<Fields>(empty, () => new Promise<string>((r) => (release = r)));
		draft.receive({ ...empty }, '2025-01-01T00:00:00.000Z');
		draft.edit('action', 'mine');
		const saving = draft.queue.flush();
		draft.receive({ ...empty, action: 'theirs, later' }, '2025-01-01T00:00:05.000Z');
		expect(draft.fields.action).toBe('mine'); // still being written
		release('2025-01-01T00:00:04.000Z');
		await saving;
		expect(draft.fields.action).toBe('theirs, later');
	});

	it('shows a record deleted elsewhere as empty, keeping what is not yet stored', () => {
		const { draft } = draftWritingAt();
		draft.receive({ situation: 'S', action: 'A' }, '2025-01-01T00:00:00.000Z');
		draft.edit('action', 'A typed');
		draft.receive(undefined);
		expect(draft.fields).toEqual({ situation: '', action: 'A typed' });
	});

	it('takes a record back in after it was deleted, even one older than its own write', async () => {
		const { draft } = draftWritingAt('2025-01-01T00:00:05.000Z');
		draft.receive({ ...empty }, '2025-01-01T00:00:00.000Z');
		draft.edit('action', 'mine');
		await draft.queue.flush();
		draft.receive(undefined);
		// Undo puts back a copy stored before that write.
		draft.receive({ situation: 'S', action: 'kept' }, '2025-01-01T00:00:01.000Z');
		expect(draft.fields).toEqual({ situation: 'S', action: 'kept' });
	});

	it('leaves a record never stored as it is on screen', () => {
		const { draft } = draftWritingAt();
		draft.receive(undefined);
		draft.edit('situation', 'first words');
		draft.receive(undefined);
		expect(draft.fields.situation).toBe('first words');
	});
});
