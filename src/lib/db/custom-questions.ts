import { getDatabase } from './open';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { AnswerRecord, CustomQuestionRecord } from './types';

export type CustomQuestionFields = Pick<
	CustomQuestionRecord,
	'themeId' | 'text' | 'notes' | 'followUps'
>;

/** Longest question text accepted (a question, not an essay). */
export const MAX_QUESTION_LENGTH = 500;

/** Checks a question before it is stored; returns what is wrong, in words, or nothing. */
export function questionProblem(fields: Partial<CustomQuestionFields>): string | undefined {
	if (fields.text !== undefined) {
		const text = fields.text.trim();
		if (!text) return 'Write the question first.';
		if (text.length > MAX_QUESTION_LENGTH)
			return `Keep the question under ${MAX_QUESTION_LENGTH} characters.`;
	}
	if (fields.themeId !== undefined && !fields.themeId) return 'Choose a theme for the question.';
}

/**
 * Adds one of the user's own questions; returns its id, which never changes (answers are keyed
 * by it). Throws with a readable message when the question is empty or too long.
 */
export async function addCustomQuestion(
	fields: Pick<CustomQuestionFields, 'themeId' | 'text'> & Partial<CustomQuestionFields>
): Promise<string> {
	const problem = questionProblem(fields);
	if (problem) throw new Error(problem);
	const db = await getDatabase();
	const now = new Date().toISOString();
	const id = `yours-${crypto.randomUUID().slice(0, 8)}`;
	await db.questions.add({
		id,
		themeId: fields.themeId,
		text: fields.text.trim(),
		notes: fields.notes ?? '',
		followUps: fields.followUps ?? [],
		custom: true,
		createdAt: now,
		updatedAt: now
	});
	return id;
}

/** Writes the given fields of a custom question in one transaction; throws if it was deleted. */
export async function saveCustomQuestion(id: string, patch: Partial<CustomQuestionFields>) {
	const problem = questionProblem(patch);
	if (problem) throw new Error(problem);
	const db = await getDatabase();
	await db.transaction('rw', db.questions, async () => {
		const stored = await db.questions.get(id);
		if (!stored) throw new Error('this question was deleted');
		await db.questions.put({ ...stored, ...patch, id, updatedAt: new Date().toISOString() });
	});
}

/**
 * Deletes a custom question and the answer to it, after snapshotting both, in one transaction.
 * Returns the snapshot id that `undoDeleteCustomQuestion` takes.
 */
export async function deleteCustomQuestion(id: string): Promise<string> {
	const db = await getDatabase();
	return db.transaction('rw', [db.questions, db.answers, db.snapshots], async () => {
		const question = await db.questions.get(id);
		if (!question) throw new Error('this question no longer exists');
		const answer = await db.answers.get(id);
		const snapshotId = await takeSnapshot(db, {
			kind: 'question',
			name: question.text.slice(0, 80),
			reason: 'before-delete',
			data: { question, answer }
		});
		await db.answers.delete(id);
		await db.questions.delete(id);
		return snapshotId;
	});
}

/** Restores a deleted custom question and its answer from the snapshot taken on delete. */
export async function undoDeleteCustomQuestion(snapshotId: string): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', [db.questions, db.answers, db.snapshots], async () => {
		const snapshot = await db.snapshots.get(snapshotId);
		if (!snapshot || snapshot.kind !== 'question') throw new Error('nothing to undo');
		const { question, answer } = snapshot.data as {
			question: CustomQuestionRecord;
			answer?: AnswerRecord;
		};
		await db.questions.put(question);
		if (answer) await db.answers.put(answer);
	});
}

/** Live query: every custom question, oldest first. */
export const customQuestionsQuery = () => async (db: StarDatabase) =>
	(await db.questions.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** Live query: one custom question. */
export const customQuestionQuery = (id: string) => (db: StarDatabase) => db.questions.get(id);
