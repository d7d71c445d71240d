import { describe, expect, it, vi } from 'vitest';
import { saveAnswer } from './answers';
import {
	createStory,
	deleteStory,
	saveAnswerAsStory,
	saveStory,
	storyEditor,
	storyThemesQuery,
	undoDeleteStory,
	useStoryInAnswer
} from './stories';
import { getDatabase } from './open';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('stories', () => {
	it('creates and edits a story that survives a reload', async () => {
		const id = await createStory({ title: 'On-call rota' });
		await saveStory(id, { action: 'I rewrote the rota.', themeIds: ['people', 'delivery'] });
		const story = await (await reopened()).stories.get(id);
		expect(story).toMatchObject({
			title: 'On-call rota',
			action: 'I rewrote the rota.',
			themeIds: ['people', 'delivery']
		});
	});

	it('stores a new story only on its first edit, then keeps it after a reload', async () => {
		const id = crypto.randomUUID();
		const editor = storyEditor(id, true);
		expect(await (await getDatabase()).stories.count()).toBe(0);
		await editor.write({ title: 'Payments migration' });
		await editor.write({ action: 'I split the cut-over.' });
		expect(await (await reopened()).stories.get(id)).toMatchObject({
			...{ situation: '', themeIds: [], metrics: '' },
			title: 'Payments migration',
			action: 'I split the cut-over.'
		});
	});

	it('does not bring back a new story deleted after its first edit', async () => {
		const id = crypto.randomUUID();
		const editor = storyEditor(id, true);
		await editor.write({ title: 'Soon gone' });
		await deleteStory(id);
		await expect(editor.write({ title: 'x' })).rejects.toThrow('deleted');
		expect(await (await reopened()).stories.count()).toBe(0);
	});

	it('refuses to save into a deleted story instead of recreating it silently', async () => {
		const id = await createStory();
		await deleteStory(id);
		await expect(saveStory(id, { title: 'x' })).rejects.toThrow('deleted');
	});

	it('snapshots before deleting, unlinks answers, and undo restores both', async () => {
		const id = await createStory({ title: 'Migration', result: 'Saved 30%' });
		await saveAnswer('q1', { situation: 'S' });
		await useStoryInAnswer('q1', id);
		const snapshotId = await deleteStory(id);

		let db = await reopened();
		expect(await db.stories.get(id)).toBeUndefined();
		expect((await db.answers.get('q1'))!.storyId).toBeUndefined();
		const snapshot = await db.snapshots.get(snapshotId);
		expect(snapshot).toMatchObject({ kind: 'story', reason: 'before-delete', name: 'Migration' });

		await undoDeleteStory(snapshotId);
		db = await reopened();
		expect(await db.stories.get(id)).toMatchObject({ title: 'Migration', result: 'Saved 30%' });
		expect((await db.answers.get('q1'))!.storyId).toBe(id);
	});

	it('fills an answer from a story, keeping a link and a snapshot of the old text', async () => {
		const id = await createStory({ situation: 'S', task: 'T', action: 'A', result: 'R' });
		await saveAnswer('q', { situation: 'my old draft', status: 'ready' });
		await useStoryInAnswer('q', id);
		const db = await reopened();
		expect(await db.answers.get('q')).toMatchObject({
			situation: 'S',
			task: 'T',
			action: 'A',
			result: 'R',
			storyId: id,
			status: 'ready'
		});
		const [snapshot] = await db.snapshots.where('kind').equals('answer').toArray();
		expect((snapshot.data as { situation: string }).situation).toBe('my old draft');
	});

	it('turns an answer into a story tagged with its theme', async () => {
		await saveAnswer('conflict-q', { situation: 'S', action: 'A' });
		const id = await saveAnswerAsStory('conflict-q', 'The design dispute', 'conflict');
		const db = await reopened();
		expect(await db.stories.get(id)).toMatchObject({
			title: 'The design dispute',
			situation: 'S',
			action: 'A',
			themeIds: ['conflict']
		});
		expect((await db.answers.get('conflict-q'))!.storyId).toBe(id);
	});

	it("reads each story's tags among the themes asked for, and the newest titles", async () => {
		const old = await createStory({ title: 'Old', themeIds: ['conflict', 'hiring', 'gone'] });
		const bare = await createStory({ title: 'Untagged' });
		const recent = await createStory({ title: 'Recent', themeIds: ['hiring'] });
		// The edit must land in a later millisecond than the three creations, or the order ties.
		vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
		try {
			await saveStory(recent, { action: 'edited last' });
		} finally {
			vi.useRealTimers();
		}
		const read = await storyThemesQuery(['conflict', 'hiring'], 2)(await getDatabase());
		expect(new Map(read.stories.map((s) => [s.id, s.themeIds]))).toEqual(
			new Map([
				[old, ['conflict', 'hiring']],
				[bare, []],
				[recent, ['hiring']]
			])
		);
		expect(read.recent.map((s) => s.title)).toEqual(['Recent', expect.any(String)]);
	});
});
