import type { EditorSpec } from './editor-spec';
import { getDatabase } from './open';
import { editorWrite, patchRecord } from './patch-record';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { InterviewRecord } from './types';

export type InterviewFields = Omit<InterviewRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** A new interview's fields; `rating` stays absent until the user rates the round. */
export const EMPTY_INTERVIEW: InterviewFields = {
	company: '',
	role: '',
	date: '',
	stage: '',
	interviewer: '',
	questionIds: [],
	storyIds: [],
	debrief: '',
	askedText: [],
	landed: '',
	toFix: ''
};

/** What a delete snapshot holds, so undo can put the interview back exactly. */
interface DeletedInterview {
	interview: InterviewRecord;
}

/** Creates an interview from `fields` (the rest empty) and returns its id. */
export async function createInterview(fields: Partial<InterviewFields> = {}): Promise<string> {
	const db = await getDatabase();
	const now = new Date().toISOString();
	const id = crypto.randomUUID();
	await db.interviews.add({ ...EMPTY_INTERVIEW, ...fields, id, createdAt: now, updatedAt: now });
	return id;
}

/**
 * Writes the given fields of an interview in one transaction and resolves with its new
 * `updatedAt`; throws if it was deleted. `rating: undefined` takes a rating back.
 */
export async function saveInterview(id: string, patch: Partial<InterviewFields>): Promise<string> {
	return patchRecord(await getDatabase(), { table: 'interviews', key: id }, patch);
}

/**
 * The editor of one interview; `rating` is listed so a stored rating reaches it. Given `start`
 * (from "Add interview": the day, or the company of a loop), the interview is new and not stored
 * until its first edit, so one left untouched leaves nothing behind.
 */
export const interviewEditor = (
	id: string,
	start?: Partial<InterviewFields>
): EditorSpec<InterviewFields, InterviewRecord> => {
	const target = { table: 'interviews', key: id } as const;
	const fresh = start && { ...EMPTY_INTERVIEW, ...start };
	return {
		empty: { ...EMPTY_INTERVIEW, rating: undefined, ...start },
		write: editorWrite(getDatabase, target, fresh),
		query: interviewQuery(id),
		// The stash of a new interview's first edits creates it too, should the page die first.
		target: fresh ? { ...target, empty: fresh } : target
	};
};

/**
 * Deletes an interview after snapshotting it (kind 'all', reason 'before-delete'), in one
 * transaction. Returns the snapshot id, which `undoDeleteInterview` takes. Throws if the
 * interview no longer exists.
 */
export async function deleteInterview(id: string): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', db.interviews, db.snapshots, async () => {
		const interview = await db.interviews.get(id);
		if (!interview) throw new Error('this interview no longer exists');
		const data: DeletedInterview = { interview };
		const who = [interview.company, interview.interviewer].filter(Boolean).join(', ');
		const snapshotId = await takeSnapshot(db, {
			kind: 'all',
			name: `Interview: ${who || 'untitled'}`,
			reason: 'before-delete',
			data
		});
		await db.interviews.delete(id);
		return snapshotId;
	});
}

/** Brings a deleted interview back from the snapshot `deleteInterview` took; throws if none. */
export async function undoDeleteInterview(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.interviews, db.snapshots, async () => {
		const snapshot = await db.snapshots.get(snapshotId);
		const data = snapshot?.data as Partial<DeletedInterview> | undefined;
		if (snapshot?.reason !== 'before-delete' || !data?.interview)
			throw new Error('nothing to undo');
		await db.interviews.put(data.interview);
	});
}

/** Latest first; interviews without a date after dated ones, newest created first. */
function byDateDesc(a: InterviewRecord, b: InterviewRecord): number {
	if (a.date !== b.date) {
		if (!a.date) return 1;
		if (!b.date) return -1;
		return a.date < b.date ? 1 : -1;
	}
	return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/** Live query: every interview, latest date first. */
export const interviewsQuery = () => async (db: StarDatabase) =>
	(await db.interviews.toArray()).sort(byDateDesc);

/** Live query: one interview, or undefined if there is none with that id. */
export const interviewQuery = (id: string) => (db: StarDatabase) => db.interviews.get(id);
