import { getDatabase } from './open';
import type { StarDatabase } from './schema';
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
 */
export async function saveAnswer(questionId: string, patch: Partial<AnswerFields>): Promise<void> {
	const db = await getDatabase();
	await writeAnswer(db, questionId, patch);
}

/** saveAnswer on an open database (also used when recovering stashed edits at start-up). */
export async function writeAnswer(
	db: StarDatabase,
	questionId: string,
	patch: Partial<AnswerFields>
) {
	await db.transaction('rw', db.answers, async () => {
		const now = new Date().toISOString();
		const stored = await db.answers.get(questionId);
		await db.answers.put({
			...EMPTY_ANSWER,
			createdAt: now,
			...stored,
			...patch,
			questionId,
			updatedAt: now
		});
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
