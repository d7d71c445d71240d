import { describe, expect, it } from 'vitest';
import { answerProgressQuery, clearAnswer, saveAnswer } from './answers';
import { getDatabase } from './open';
import { answerVersionsQuery, restoreAnswerVersion } from './versions';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('saveAnswer', () => {
	it('creates the answer on first save and keeps it across a reload', async () => {
		await saveAnswer('conflict-x', { situation: 'Two leads disagreed.' });
		const db = await reopened();
		const stored = await db.answers.get('conflict-x');
		expect(stored).toMatchObject({
			questionId: 'conflict-x',
			situation: 'Two leads disagreed.',
			task: '',
			action: '',
			result: '',
			status: 'draft'
		});
		expect(stored!.createdAt).toBe(stored!.updatedAt);
	});

	it('writes only the given fields, so edits to other parts survive', async () => {
		await saveAnswer('q', { situation: 'S', action: 'A' });
		await saveAnswer('q', { action: 'A2' });
		await saveAnswer('q', { status: 'ready' });
		const stored = await (await reopened()).answers.get('q');
		expect(stored).toMatchObject({ situation: 'S', action: 'A2', status: 'ready' });
		expect(stored!.updatedAt >= stored!.createdAt).toBe(true);
	});

	it('counts only answers with text as answered', async () => {
		await saveAnswer('a', { result: 'Cut p95 latency by 40%.' });
		await saveAnswer('b', { situation: '   ' });
		const progress = await answerProgressQuery()(await getDatabase());
		expect([...progress.keys()]).toEqual(['a']);
	});
});

describe('clearAnswer', () => {
	it('deletes the answer after a snapshot, and undo brings it back whole after a reload', async () => {
		await saveAnswer('q', { situation: 'S', action: 'A', status: 'ready', storyId: 's1' });
		const before = await (await getDatabase()).answers.get('q');
		const snapshotId = await clearAnswer('q');

		let db = await reopened();
		expect(await db.answers.get('q')).toBeUndefined();
		expect(await db.snapshots.get(snapshotId)).toMatchObject({
			kind: 'answer',
			reason: 'before-delete',
			data: before
		});
		// The cleared text stays among the answer's earlier versions.
		expect((await answerVersionsQuery('q')(db)).map((v) => v.id)).toEqual([snapshotId]);

		await restoreAnswerVersion(snapshotId);
		db = await reopened();
		expect(await db.answers.get('q')).toMatchObject({
			situation: 'S',
			action: 'A',
			status: 'ready',
			storyId: 's1',
			createdAt: before!.createdAt
		});
	});

	it('refuses to clear an answer that is not there, taking no snapshot', async () => {
		await expect(clearAnswer('nothing')).rejects.toThrow('no answer');
		expect(await (await getDatabase()).snapshots.count()).toBe(0);
	});
});
