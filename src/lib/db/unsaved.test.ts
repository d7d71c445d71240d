import { describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '$lib/autosave/save-queue.svelte';
import { answerEditor, saveAnswer } from './answers';
import { getDatabase } from './open';
import { storyEditor, createStory, deleteStory } from './stories';
import { memoryStorage, reopened, useFreshDatabase } from './test-db';
import {
	BIG_STASH_CHARS,
	BIG_STASH_MS,
	clearUnsaved,
	recoverUnsaved,
	Stash,
	type Tabs
} from './unsaved';

useFreshDatabase();

/** Tabs as Web Locks would report them: `open` are alive; `close(id)` ends one. */
function fakeTabs(...open: string[]) {
	const alive = new Set(open);
	const waiting = new Map<string, () => Promise<void>>();
	const tabs: Tabs = {
		alive: async () => new Set(alive),
		whenGone: (id, then) => void waiting.set(id, then)
	};
	return {
		tabs,
		async close(id: string) {
			alive.delete(id);
			await waiting.get(id)?.();
		}
	};
}

/** A tab's editor of one answer: its queue and stash, as storedDraft makes them. */
function answerTab(tab: string, storage: Storage, questionId = 'q1') {
	const spec = answerEditor(questionId);
	const stash = new Stash(spec.target, { tab, storage });
	return new SaveQueue<object>((patch) => spec.write(patch), { stash, debounceMs: 250 });
}

describe('the unsaved-edit stash', () => {
	it('holds every edit at once, and nothing once it is stored', async () => {
		const storage = memoryStorage();
		const queue = answerTab('A', storage);
		queue.schedule({ situation: 'typed' });
		const [entry] = [...storage.entries.values()].map((v) => JSON.parse(v));
		expect(entry.patch).toEqual({ situation: 'typed' });
		await queue.flush();
		expect(storage.entries.size).toBe(0);
	});

	// Issue 24, item 13: a kill -9 inside the debounce lost the last burst of typing.
	it('brings back what was typed inside the debounce when the page is killed', async () => {
		const storage = memoryStorage();
		await saveAnswer('q1', { situation: 'saved before' });
		const queue = answerTab('A', storage);
		queue.schedule({ situation: 'saved before, and the last burst' });
		queue.dispose(); // killed: no flush, no pagehide
		const db = await reopened();
		expect(await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs })).toBe(1);
		expect((await db.answers.get('q1'))?.situation).toBe('saved before, and the last burst');
		expect(storage.entries.size).toBe(0);
	});

	// Issue 24, item 2: tab B's save removed the shared key holding closed tab A's edit.
	it("keeps a closed tab's edit when another tab saves the same record, and writes it when that tab is gone", async () => {
		const storage = memoryStorage();
		const { tabs, close } = fakeTabs('A', 'B');
		const db = await getDatabase();
		const a = answerTab('A', storage);
		a.schedule({ situation: 'typed in A' });
		a.dispose(); // A closes inside the debounce
		const b = answerTab('B', storage);
		b.schedule({ action: 'typed in B' });
		await b.flush();
		expect(await recoverUnsaved(db, { storage, tabs })).toBe(0); // A's tab lock is still held
		await close('A');
		expect(await db.answers.get('q1')).toMatchObject({
			situation: 'typed in A',
			action: 'typed in B'
		});
		expect(storage.entries.size).toBe(0);
	});

	it("leaves an open tab's edits to that tab", async () => {
		const storage = memoryStorage();
		const db = await getDatabase();
		answerTab('B', storage).schedule({ situation: 'B is still typing' });
		expect(await recoverUnsaved(db, { storage, tabs: fakeTabs('B').tabs })).toBe(0);
		expect(storage.entries.size).toBe(1);
	});

	it('takes back a field the edit removed (JSON has no undefined)', async () => {
		const storage = memoryStorage();
		await saveAnswer('q1', { storyId: 's1' });
		const a = answerTab('A', storage);
		a.schedule({ storyId: undefined });
		const db = await reopened();
		await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs });
		expect(await db.answers.get('q1')).not.toHaveProperty('storyId');
	});

	it('creates a new story from its first edit when the page died before saving it', async () => {
		const storage = memoryStorage();
		const id = crypto.randomUUID();
		new Stash(storyEditor(id, true).target, { tab: 'A', storage }).write({ title: 'Typed' });
		const db = await reopened();
		expect(await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs })).toBe(1);
		expect(await db.stories.get(id)).toMatchObject({ title: 'Typed', themeIds: [] });
	});

	it('drops an edit to a record deleted since, and junk under its prefix', async () => {
		const storage = memoryStorage();
		const id = await createStory({ title: 'Gone soon' });
		const stash = new Stash(storyEditor(id).target, { tab: 'A', storage });
		stash.write({ title: 'Edited' });
		storage.setItem('star-practice:unsaved:A:9:answers:x', '{not json');
		storage.setItem('another-app', 'kept');
		await deleteStory(id);
		await recoverUnsaved(await getDatabase(), { storage, tabs: fakeTabs().tabs });
		expect([...storage.entries.keys()]).toEqual(['another-app']);
	});

	it('forgets every tab’s edits after everything is deleted', () => {
		const storage = memoryStorage();
		new Stash(answerEditor('q1').target, { tab: 'A', storage }).write({ situation: 'x' });
		new Stash(answerEditor('q2').target, { tab: 'B', storage }).write({ situation: 'y' });
		storage.setItem('another-app', 'kept');
		clearUnsaved(storage);
		expect([...storage.entries.keys()]).toEqual(['another-app']);
	});

	it('stashes a very long text at most every BIG_STASH_MS, and at once when the page hides', async () => {
		vi.useFakeTimers();
		try {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			const long = 'x'.repeat(BIG_STASH_CHARS + 1);
			stash.write({ situation: long });
			stash.write({ situation: `${long}y` });
			expect(storage.entries.size).toBe(0);
			vi.advanceTimersByTime(BIG_STASH_MS);
			expect(JSON.parse([...storage.entries.values()][0]).patch.situation).toBe(`${long}y`);
			stash.write({ situation: `${long}yz` });
			stash.settle(); // pagehide
			expect(JSON.parse([...storage.entries.values()][0]).patch.situation).toBe(`${long}yz`);
		} finally {
			vi.useRealTimers();
		}
	});
});
