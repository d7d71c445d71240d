import type { EditorSpec } from './editor-spec';
import { getDatabase } from './open';
import { editorWrite, patchRecord } from './patch-record';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { AnswerRecord, StoryRecord } from './types';

export type StoryFields = Omit<StoryRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const EMPTY_STORY: StoryFields = {
	title: '',
	situation: '',
	task: '',
	action: '',
	result: '',
	themeIds: [],
	metrics: ''
};

/** Creates a story and returns its id. */
export async function createStory(fields: Partial<StoryFields> = {}): Promise<string> {
	const db = await getDatabase();
	const now = new Date().toISOString();
	const id = crypto.randomUUID();
	await db.stories.add({ ...EMPTY_STORY, ...fields, id, createdAt: now, updatedAt: now });
	return id;
}

/**
 * Writes the given fields of a story in one transaction and resolves with its new `updatedAt`;
 * throws if the story was deleted, or TooBigError past the backup limits.
 */
export async function saveStory(id: string, patch: Partial<StoryFields>): Promise<string> {
	return patchRecord(await getDatabase(), { table: 'stories', key: id }, patch);
}

/**
 * The editor of one story. A `fresh` story (from "New story") is not stored until its first
 * edit, so one left untouched leaves no empty story behind.
 */
export const storyEditor = (id: string, fresh = false): EditorSpec<StoryFields, StoryRecord> => {
	const target = { table: 'stories', key: id } as const;
	return {
		empty: EMPTY_STORY,
		write: editorWrite(getDatabase, target, fresh ? EMPTY_STORY : undefined),
		query: storyQuery(id),
		// The stash of a fresh story's first edits creates it too, should the page die first.
		target: fresh ? { ...target, empty: EMPTY_STORY } : target
	};
};

/**
 * Deletes a story after snapshotting it and the links answers had to it, in one transaction.
 * Returns the snapshot id, which `undoDeleteStory` takes.
 */
export async function deleteStory(id: string): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', [db.stories, db.answers, db.snapshots], async () => {
		const story = await db.stories.get(id);
		if (!story) throw new Error('this story no longer exists');
		const linked = await db.answers.where('storyId').equals(id).primaryKeys();
		const snapshotId = await takeSnapshot(db, {
			kind: 'story',
			name: story.title || 'Untitled story',
			reason: 'before-delete',
			data: { story, linkedAnswerIds: linked }
		});
		await db.answers
			.where('storyId')
			.equals(id)
			.modify((a) => void delete a.storyId);
		await db.stories.delete(id);
		return snapshotId;
	});
}

/** Brings back a deleted story, and its links from answers, from the snapshot taken on delete. */
export async function undoDeleteStory(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', [db.stories, db.answers, db.snapshots], async () => {
		const snapshot = await db.snapshots.get(snapshotId);
		if (!snapshot || snapshot.kind !== 'story') throw new Error('nothing to undo');
		const { story, linkedAnswerIds } = snapshot.data as {
			story: StoryRecord;
			linkedAnswerIds: string[];
		};
		await db.stories.put(story);
		await db.answers
			.where('questionId')
			.anyOf(linkedAnswerIds)
			.modify((a) => void (a.storyId = story.id));
	});
}

/** Fills an answer from a story (keeping a link), snapshotting the answer's text first. */
export async function useStoryInAnswer(questionId: string, storyId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', [db.stories, db.answers, db.snapshots], async () => {
		const story = await db.stories.get(storyId);
		if (!story) throw new Error('this story no longer exists');
		const now = new Date().toISOString();
		const answer = await db.answers.get(questionId);
		if (answer && (answer.situation || answer.task || answer.action || answer.result))
			await takeSnapshot(db, {
				kind: 'answer',
				name: `Answer before using “${story.title || 'a story'}”`,
				reason: 'before-restore',
				data: answer
			});
		const filled: AnswerRecord = {
			status: 'draft',
			createdAt: now,
			...answer,
			questionId,
			situation: story.situation,
			task: story.task,
			action: story.action,
			result: story.result,
			storyId,
			updatedAt: now
		};
		await db.answers.put(filled);
	});
}

/** Turns an answer into a new story tagged with `themeId`, and links the answer to it. */
export async function saveAnswerAsStory(
	questionId: string,
	title: string,
	themeId: string
): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', [db.stories, db.answers], async () => {
		const answer = await db.answers.get(questionId);
		if (!answer) throw new Error('write the answer first');
		const now = new Date().toISOString();
		const id = crypto.randomUUID();
		await db.stories.add({
			id,
			title,
			situation: answer.situation,
			task: answer.task,
			action: answer.action,
			result: answer.result,
			themeIds: [themeId],
			metrics: '',
			createdAt: now,
			updatedAt: now
		});
		await db.answers.update(questionId, { storyId: id, updatedAt: now });
		return id;
	});
}

/** Live query: every story, most recently edited first. */
export const storiesQuery = () => (db: StarDatabase) =>
	db.stories.orderBy('updatedAt').reverse().toArray();

/** Live query: the `limit` most recently edited stories, and how many there are in all. */
export const recentStoriesQuery = (limit: number) => async (db: StarDatabase) => ({
	stories: await db.stories.orderBy('updatedAt').reverse().limit(limit).toArray(),
	total: await db.stories.count()
});

/** What the coverage matrix reads: every story's themes, and the titles of the columns it draws. */
export interface StoryThemes {
	/** Every story, with those of `themeIds` it is tagged with. */
	stories: { id: string; themeIds: string[] }[];
	/** The `limit` most recently edited stories. */
	recent: { id: string; title: string }[];
}

/**
 * Live query: every story's tags among `themeIds`, read from the `themeIds` index's keys (no
 * story's text is read), and the `limit` most recently edited stories' titles. Thousands of
 * stories cost a few key lists, not every story in full.
 */
export const storyThemesQuery =
	(themeIds: readonly string[], limit: number) =>
	async (db: StarDatabase): Promise<StoryThemes> => {
		const [ids, tagged, recent] = await Promise.all([
			db.stories.toCollection().primaryKeys(),
			Promise.all(themeIds.map((id) => db.stories.where('themeIds').equals(id).primaryKeys())),
			db.stories.orderBy('updatedAt').reverse().limit(limit).toArray()
		]);
		const themesOf = new Map(ids.map((id) => [id, [] as string[]]));
		themeIds.forEach((themeId, i) => {
			for (const id of new Set(tagged[i])) themesOf.get(id)?.push(themeId);
		});
		return {
			stories: [...themesOf].map(([id, themeIds]) => ({ id, themeIds })),
			recent: recent.map((s) => ({ id: s.id, title: s.title }))
		};
	};

/** Live query: one story, or undefined if there is none with that id. */
export const storyQuery = (id: string) => (db: StarDatabase) => db.stories.get(id);
