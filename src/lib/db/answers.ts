import type { EditorSpec } from './editor-spec';
import { getDatabase } from './open';
import { patchRecord } from './patch-record';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { AnswerRecord } from './types';

export type AnswerFields = Pick<
	AnswerRecord,
	'situation' | 'task' | 'action' | 'result' | 'status' | 'storyId'
>;

export const EMPTY_ANSWER: AnswerFields = {
	situation: '',
	task: '',
	action: '',
	result: '',
	status: 'draft',
	storyId: undefined
};

/** Whether an answer has any text in it (an empty record does not count as answered). */
export function hasText(a: Pick<AnswerRecord, 'situation' | 'task' | 'action' | 'result'>) {
	return !!(a.situation.trim() || a.task.trim() || a.action.trim() || a.result.trim());
}

/**
 * Writes the given fields of one answer, creating it if needed, in one transaction; other
 * fields keep their stored values, so two tabs editing different parts both keep their text.
 * Resolves with the answer's new `updatedAt`; throws TooBigError past the backup limits.
 */
export async function saveAnswer(
	questionId: string,
	patch: Partial<AnswerFields>
): Promise<string> {
	return patchRecord(await getDatabase(), answerTarget(questionId), patch);
}

const answerTarget = (questionId: string) =>
	({ table: 'answers', key: questionId, empty: EMPTY_ANSWER }) as const;

/** The answer editor of one question. */
export const answerEditor = (questionId: string): EditorSpec<AnswerFields, AnswerRecord> => ({
	empty: EMPTY_ANSWER,
	write: (patch) => saveAnswer(questionId, patch),
	query: answerQuery(questionId),
	target: answerTarget(questionId)
});

/**
 * Clears (deletes) one answer after snapshotting it, in one transaction, and returns the
 * snapshot's id: `restoreAnswerVersion` takes it to undo, and the answer's earlier versions list
 * it. Throws if there is no answer to clear.
 */
export async function clearAnswer(questionId: string): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', db.answers, db.snapshots, async () => {
		const answer = await db.answers.get(questionId);
		if (!answer) throw new Error('there is no answer to clear');
		const snapshotId = await takeSnapshot(db, {
			kind: 'answer',
			name: 'Your answer before you cleared it',
			reason: 'before-delete',
			data: answer
		});
		await db.answers.delete(questionId);
		return snapshotId;
	});
}

/** Live query: one answer, or undefined before it is first written. */
export const answerQuery = (questionId: string) => (db: StarDatabase) => db.answers.get(questionId);

export interface AnswerProgress {
	status: AnswerRecord['status'];
	storyId?: string;
	updatedAt: string;
}

/** Live query: questionId → progress, for answers that have text. */
export const answerProgressQuery = () => async (db: StarDatabase) => {
	const progress = new Map<string, AnswerProgress>();
	await db.answers.each((a) => {
		if (hasText(a))
			progress.set(a.questionId, { status: a.status, storyId: a.storyId, updatedAt: a.updatedAt });
	});
	return progress;
};

/** Live query: the stored answers to these questions (those that exist). */
export const answersQuery = (questionIds: readonly string[]) => async (db: StarDatabase) =>
	(await db.answers.bulkGet([...questionIds])).filter((a) => a !== undefined);
