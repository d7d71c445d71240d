import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers';
import {
	addCustomQuestion,
	customQuestionsQuery,
	deleteCustomQuestion,
	saveCustomQuestion,
	undoDeleteCustomQuestion
} from './custom-questions';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('custom questions', () => {
	it('adds a question with a stable id that survives a reload', async () => {
		const id = await addCustomQuestion({
			themeId: 'conflict',
			text: '  How did you handle a dispute over on-call?  ',
			followUps: ['What changed?']
		});
		expect(id).toMatch(/^yours-[0-9a-f]{8}$/);
		const db = await reopened();
		expect(await db.questions.get(id)).toMatchObject({
			themeId: 'conflict',
			text: 'How did you handle a dispute over on-call?',
			notes: '',
			followUps: ['What changed?'],
			custom: true
		});
		await saveCustomQuestion(id, { notes: 'Asked at Acme' });
		expect((await customQuestionsQuery()(await reopened()))[0].notes).toBe('Asked at Acme');
	});

	it('refuses an empty or overlong question, or a missing theme, with a message', async () => {
		await expect(addCustomQuestion({ themeId: 'conflict', text: '   ' })).rejects.toThrow(
			'Write the question first.'
		);
		await expect(addCustomQuestion({ themeId: 'x', text: 'a'.repeat(501) })).rejects.toThrow(
			'under 500 characters'
		);
		await expect(addCustomQuestion({ themeId: '', text: 'Why?' })).rejects.toThrow('theme');
	});

	it('deletes a question and its answer after a snapshot, and undo brings both back', async () => {
		const id = await addCustomQuestion({ themeId: 'hiring', text: 'Tell me about a hire.' });
		await saveAnswer(id, { action: 'I ran the loop.' });
		const snapshotId = await deleteCustomQuestion(id);
		let db = await reopened();
		expect(await db.questions.get(id)).toBeUndefined();
		expect(await db.answers.get(id)).toBeUndefined();
		await undoDeleteCustomQuestion(snapshotId);
		db = await reopened();
		expect((await db.questions.get(id))?.text).toBe('Tell me about a hire.');
		expect((await db.answers.get(id))?.action).toBe('I ran the loop.');
	});
});
