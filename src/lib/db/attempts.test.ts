import { describe, expect, it } from 'vitest';
import { attemptsQuery, saveAttempt, saveTranscriptText } from './attempts';
import { closeDatabase, getDatabase } from './open';
import { readSetting, saveSetting } from './settings';
import { useFreshDatabase } from './test-db';

useFreshDatabase();

describe('attempts and settings', () => {
	it('keeps practice attempts in the order they were made, across a reload', async () => {
		await saveAttempt({
			questionId: 'b',
			startedAt: '2026-11-23T10:00:00.000Z',
			prepMs: 30000,
			answerMs: 95000,
			ratings: { fit: 4 },
			note: 'Too long on the set-up'
		});
		await saveAttempt({
			questionId: 'a',
			startedAt: '2026-11-22T10:00:00.000Z',
			prepMs: 0,
			answerMs: 60000,
			ratings: {},
			note: ''
		});
		await closeDatabase();
		const list = await attemptsQuery()(await getDatabase());
		expect(list.map((a) => a.questionId)).toEqual(['a', 'b']);
		expect(list[1]).toMatchObject({ answerMs: 95000, ratings: { fit: 4 } });
	});

	it('keeps an attempt’s transcript and its corrections across a reload', async () => {
		const transcript = {
			text: 'um so I decided to split the team',
			lang: 'en-GB',
			segments: [{ text: 'um so I decided to split the team', startMs: 900, endMs: 4100 }]
		};
		const id = await saveAttempt({
			questionId: 'a',
			startedAt: '2026-11-23T10:00:00.000Z',
			prepMs: 0,
			answerMs: 60000,
			ratings: {},
			note: '',
			transcript
		});
		await closeDatabase();
		expect((await attemptsQuery()(await getDatabase()))[0].transcript).toEqual(transcript);
		await saveTranscriptText(id, 'I decided to split the team');
		await closeDatabase();
		expect((await attemptsQuery()(await getDatabase()))[0].transcript).toEqual({
			...transcript,
			text: 'I decided to split the team'
		});
		await expect(saveTranscriptText('gone', 'x')).rejects.toThrow(/no longer exists/);
	});

	it('stores and replaces settings', async () => {
		await saveSetting('practiceDefaults', { count: 3 });
		await saveSetting('practiceDefaults', { count: 5 });
		await closeDatabase();
		expect(await readSetting('practiceDefaults')).toEqual({ count: 5 });
		expect(await readSetting('missing')).toBeUndefined();
	});
});
