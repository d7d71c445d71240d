/**
 * Earlier versions of one answer or one story: the copies an import kept when both devices had
 * changed it (`keepLosingCopies`), and the copies taken before a story filled the answer. Each is
 * a snapshot; restoring one snapshots the current text first.
 */
import type { LosingCopy } from './import-plan';
import type { NarrativeVersion } from './narrative';
import { getDatabase } from './open';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { AnswerRecord, SnapshotRecord, StoryRecord } from './types';

/** What a story snapshot holds (the same shape a deleted story's snapshot has). */
export interface StoryVersion {
	story: StoryRecord;
	linkedAnswerIds: string[];
}

/**
 * Stores each losing copy of an import as a version: an answer or a story as itself, a
 * narrative section as a whole-narrative version with that section's text put back (a narrative
 * version restores every section). Call inside the import's transaction, after its writes.
 */
export async function keepLosingCopies(
	db: StarDatabase,
	copies: LosingCopy[],
	backupDate: string
): Promise<void> {
	const name = (from: LosingCopy['from']) =>
		from === 'device'
			? `This device’s copy, before the newer one from the backup of ${backupDate}`
			: `The other device’s copy, from the backup of ${backupDate}`;
	for (const copy of copies) {
		if (copy.table === 'answers')
			await takeSnapshot(db, {
				kind: 'answer',
				name: name(copy.from),
				reason: 'before-import',
				data: copy.record
			});
		else if (copy.table === 'stories')
			await takeSnapshot(db, {
				kind: 'story',
				name: name(copy.from),
				reason: 'before-import',
				data: { story: copy.record, linkedAnswerIds: [] } satisfies StoryVersion
			});
	}
	for (const from of ['device', 'backup'] as const) {
		const sections = copies.filter((c) => c.table === 'narrative' && c.from === from);
		if (!sections.length) continue;
		const texts: NarrativeVersion = { sections: {} };
		await db.narrative.each((r) => (texts.sections[r.sectionId] = r.text));
		for (const copy of sections)
			if (copy.table === 'narrative') texts.sections[copy.record.sectionId] = copy.record.text;
		await takeSnapshot(db, {
			kind: 'narrative',
			name: name(from),
			reason: 'before-import',
			data: texts
		});
	}
}

type AnswerVersion = SnapshotRecord & { data: AnswerRecord };
type StoryVersionRecord = SnapshotRecord & { data: StoryVersion };

const newestFirst = (a: SnapshotRecord, b: SnapshotRecord) =>
	b.createdAt.localeCompare(a.createdAt);

/** Live query: the saved versions of one answer, newest first. */
export const answerVersionsQuery = (questionId: string) => async (db: StarDatabase) =>
	((await db.snapshots.where('kind').equals('answer').toArray()) as AnswerVersion[])
		.filter((s) => s.data?.questionId === questionId)
		.sort(newestFirst);

/** Live query: the saved versions of one story (including before it was deleted), newest first. */
export const storyVersionsQuery = (id: string) => async (db: StarDatabase) =>
	((await db.snapshots.where('kind').equals('story').toArray()) as StoryVersionRecord[])
		.filter((s) => s.data?.story?.id === id)
		.sort(newestFirst);

/**
 * Puts a saved version of an answer back, after keeping the current text as a version, in one
 * transaction. The answer's link to a story comes back with it.
 */
export async function restoreAnswerVersion(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.answers, db.snapshots, async () => {
		const version = (await db.snapshots.get(snapshotId)) as AnswerVersion | undefined;
		if (version?.kind !== 'answer') throw new Error('that version no longer exists');
		const current = await db.answers.get(version.data.questionId);
		if (current)
			await takeSnapshot(db, {
				kind: 'answer',
				name: `Before restoring “${version.name}”`,
				reason: 'before-restore',
				data: current
			});
		const now = new Date().toISOString();
		const restored: AnswerRecord = {
			...version.data,
			createdAt: current?.createdAt ?? version.data.createdAt,
			updatedAt: now
		};
		if (current?.mergedAt) restored.mergedAt = current.mergedAt;
		else delete restored.mergedAt;
		await db.answers.put(restored);
	});
}

/** Puts a saved version of a story back, after keeping the current one, in one transaction. */
export async function restoreStoryVersion(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.stories, db.snapshots, async () => {
		const version = (await db.snapshots.get(snapshotId)) as StoryVersionRecord | undefined;
		if (version?.kind !== 'story') throw new Error('that version no longer exists');
		const current = await db.stories.get(version.data.story.id);
		if (current)
			await takeSnapshot(db, {
				kind: 'story',
				name: `Before restoring “${version.name}”`,
				reason: 'before-restore',
				data: { story: current, linkedAnswerIds: [] } satisfies StoryVersion
			});
		const restored: StoryRecord = {
			...version.data.story,
			createdAt: current?.createdAt ?? version.data.story.createdAt,
			updatedAt: new Date().toISOString()
		};
		if (current?.mergedAt) restored.mergedAt = current.mergedAt;
		else delete restored.mergedAt;
		await db.stories.put(restored);
	});
}
