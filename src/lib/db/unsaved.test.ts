import { describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '$lib/autosave/save-queue.svelte';
import { answerEditor, saveAnswer } from './answers';
import { getDatabase } from './open';
import { storyEditor, createStory, deleteStory } from './stories';
import { memoryStorage, reopened, useFreshDatabase } from './test-db';
import { clearUnsaved, DELTA_CHARS, recoverUnsaved, Stash, type Tabs } from './unsaved';

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

	describe('a long field', () => {
		const long = 'We had two weeks and a team that disagreed on everything. '.repeat(2000);
		const bases = (storage: { entries: Map<string, string> }) =>
			[...storage.entries.keys()].filter((k) => k.startsWith('star-practice:unsaved-base:'));
		const entry = (storage: { entries: Map<string, string> }, key: string) =>
			JSON.parse(storage.entries.get(key) ?? 'null');

		it('is stashed at once on every edit: its base once, then only the span that changed', async () => {
			expect(long.length).toBeGreaterThan(DELTA_CHARS);
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			// As the editor in parts sends it: where each edit fell, beside the text.
			let text = long;
			for (const key of 'Typed at the end.') {
				const before = text;
				text = before + key;
				stash.write(
					{ situation: text },
					{ situation: { before, from: before.length, toEnd: 0, text: key } }
				);
			}
			const [base] = bases(storage);
			expect(storage.entries.get(base)).toBe(`${long}T`); // the text as first stashed
			const stored = entry(storage, stash.key);
			expect(stored.patch).toEqual({});
			expect(stored.deltas.situation).toMatchObject({ middle: 'yped at the end.', tail: 0 });
			expect(storage.entries.get(stash.key)!.length).toBeLessThan(500);
			stash.release(); // the page dies with the edit unsaved
			const db = await reopened();
			expect(await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs })).toBe(1);
			expect((await db.answers.get('q1'))?.situation).toBe(text);
			expect(storage.entries.size).toBe(0);
		});

		it('finds what changed by itself when the editor does not say, typing in the middle', async () => {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			stash.write({ situation: long });
			const edited = `${long.slice(0, 50_000)}Middle.${long.slice(50_000)}`;
			stash.write({ situation: edited, action: 'short' });
			expect(entry(storage, stash.key).deltas.situation).toMatchObject({
				head: 50_000,
				middle: 'Middle.'
			});
			const db = await reopened();
			await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs });
			expect(await db.answers.get('q1')).toMatchObject({ situation: edited, action: 'short' });
			expect(storage.entries.size).toBe(0);
		});

		it('writes a new base once the edits are far apart, and never names a base that is gone', async () => {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			stash.write({ situation: long });
			const [first] = bases(storage);
			const edited = `X${long}X`; // the span between the two edits is the whole text
			stash.write({ situation: edited });
			expect(bases(storage)).not.toContain(first);
			const { deltas } = entry(storage, stash.key);
			expect(storage.entries.get(deltas.situation.base)).toBe(edited);
			expect(deltas.situation.middle).toBe('');
			const db = await reopened();
			await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs });
			expect((await db.answers.get('q1'))?.situation).toBe(edited);
		});

		it('can write its base ahead of the first edit, which then writes only its span', async () => {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			stash.prepare({ situation: long, result: 'short' });
			expect(bases(storage)).toHaveLength(1);
			expect(storage.entries.has(stash.key)).toBe(false); // nothing is unsaved yet
			const setItem = vi.spyOn(storage, 'setItem');
			const text = `${long}x`;
			stash.write(
				{ situation: text },
				{ situation: { before: long, from: long.length, toEnd: 0, text: 'x' } }
			);
			expect(setItem).toHaveBeenCalledTimes(1);
			expect(setItem.mock.calls[0][1].length).toBeLessThan(500);
			stash.release(); // the page dies with the edit unsaved
			const db = await reopened();
			await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs });
			expect((await db.answers.get('q1'))?.situation).toBe(text);
			expect(storage.entries.size).toBe(0);
		});

		it('drops a base written ahead when the editor closes with nothing typed', () => {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			stash.prepare({ situation: long });
			stash.release();
			expect(storage.entries.size).toBe(0);
		});

		it('keeps its base after a save while the editor is open, and drops it when the editor closes', async () => {
			const storage = memoryStorage();
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			const queue = new SaveQueue<object>((patch) => answerEditor('q1').write(patch), { stash });
			queue.schedule({ situation: long });
			await queue.flush();
			expect(bases(storage)).toHaveLength(1); // kept: the next edit writes only its span
			expect(storage.entries.has(stash.key)).toBe(false);
			stash.release();
			expect(storage.entries.size).toBe(0);
		});

		it('drops a base left by a tab that died after its save, but not one of an open tab', async () => {
			const storage = memoryStorage();
			const { tabs } = fakeTabs('B');
			const a = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			a.write({ situation: long });
			a.clear(); // saved; then tab A dies without closing its editor
			const b = new Stash(answerEditor('q2').target, { tab: 'B', storage });
			b.write({ situation: long });
			b.clear();
			await recoverUnsaved(await getDatabase(), { storage, tabs });
			expect(bases(storage)).toHaveLength(1);
			expect(bases(storage)[0]).toContain(':B:');
		});

		it('recovers the other fields when its base is missing, and says so', async () => {
			const storage = memoryStorage();
			const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
			const stash = new Stash(answerEditor('q1').target, { tab: 'A', storage });
			stash.write({ situation: long, result: 'kept' });
			for (const key of bases(storage)) storage.removeItem(key);
			const db = await reopened();
			await recoverUnsaved(db, { storage, tabs: fakeTabs().tabs });
			expect((await db.answers.get('q1'))?.result).toBe('kept');
			expect(warn).toHaveBeenCalledWith(expect.stringContaining('lost its base'));
			warn.mockRestore();
		});

		it('is forgotten with everything else after everything is deleted', () => {
			const storage = memoryStorage();
			new Stash(answerEditor('q1').target, { tab: 'A', storage }).write({ situation: long });
			clearUnsaved(storage);
			expect(storage.entries.size).toBe(0);
		});
	});
});
