import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, validateBackup } from './backup-format';
import {
	createInterview,
	deleteInterview,
	interviewEditor,
	interviewQuery,
	interviewsQuery,
	saveInterview,
	undoDeleteInterview
} from './interviews';
import { getDatabase } from './open';
import { reopened, useFreshDatabase } from './test-db';

useFreshDatabase();

describe('interviews', () => {
	it('creates an interview and saves a debrief that survives a reload', async () => {
		const id = await createInterview({ company: 'Acme', date: '2025-03-04' });
		await saveInterview(id, {
			interviewer: 'Dana Lee',
			stage: 'hiring-manager',
			storyIds: ['s1'],
			rating: 4,
			landed: 'The on-call story',
			toFix: 'Shorter situation',
			askedText: ['How do you run a retro?']
		});
		const stored = await (await reopened()).interviews.get(id);
		expect(stored).toMatchObject({
			company: 'Acme',
			role: '',
			date: '2025-03-04',
			interviewer: 'Dana Lee',
			stage: 'hiring-manager',
			questionIds: [],
			storyIds: ['s1'],
			debrief: '',
			rating: 4,
			landed: 'The on-call story',
			toFix: 'Shorter situation',
			askedText: ['How do you run a retro?']
		});
		expect(stored!.updatedAt >= stored!.createdAt).toBe(true);
	});

	it('stores a new interview, with its starting fields, only on its first edit', async () => {
		const id = crypto.randomUUID();
		const editor = interviewEditor(id, { date: '2026-11-30', company: 'Acme' });
		expect(editor.empty).toMatchObject({ company: 'Acme', date: '2026-11-30', role: '' });
		expect(await (await getDatabase()).interviews.count()).toBe(0);
		await editor.write({ stage: 'panel' });
		expect(await (await reopened()).interviews.get(id)).toMatchObject({
			company: 'Acme',
			date: '2026-11-30',
			stage: 'panel',
			questionIds: []
		});
	});

	it('refuses to save into a deleted interview instead of recreating it', async () => {
		const id = await createInterview();
		await deleteInterview(id);
		await expect(saveInterview(id, { company: 'x' })).rejects.toThrow('deleted');
	});

	it('snapshots before deleting, and undo restores the interview as it was', async () => {
		const id = await createInterview({ company: 'Acme', interviewer: 'Sam', storyIds: ['s1'] });
		const snapshotId = await deleteInterview(id);
		let db = await reopened();
		expect(await db.interviews.get(id)).toBeUndefined();
		expect(await db.snapshots.get(snapshotId)).toMatchObject({
			kind: 'all',
			reason: 'before-delete',
			name: 'Interview: Acme, Sam'
		});

		await undoDeleteInterview(snapshotId);
		db = await reopened();
		expect(await db.interviews.get(id)).toMatchObject({
			company: 'Acme',
			interviewer: 'Sam',
			storyIds: ['s1']
		});
	});

	it('will not undo from a snapshot that is not a deleted interview', async () => {
		await expect(undoDeleteInterview('no-such-snapshot')).rejects.toThrow('nothing to undo');
	});

	it('lists interviews latest date first, undated ones last', async () => {
		const march = await createInterview({ date: '2025-03-01' });
		const undated = await createInterview();
		const may = await createInterview({ date: '2025-05-10' });
		const db = await getDatabase();
		const list = await interviewsQuery()(db);
		expect(list.map((i) => i.id)).toEqual([may, march, undated]);
		expect((await interviewQuery(may)(db))?.date).toBe('2025-05-10');
		expect(await interviewQuery('missing')(db)).toBeUndefined();
	});
});

describe('interviews in a backup', () => {
	const backupOf = (interview: Record<string, unknown>) => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: '2025-03-14T09:30:00.000Z',
		data: { interviews: [interview] }
	});

	it('accepts the debrief fields and checks them', async () => {
		const id = await createInterview({ company: 'Acme', date: '2025-03-04' });
		await saveInterview(id, { rating: 5, landed: 'x', toFix: 'y', askedText: ['z?'] });
		const stored = { ...(await (await getDatabase()).interviews.get(id)) };
		expect(validateBackup(backupOf(stored)).ok).toBe(true);
		const unrated: Record<string, unknown> = { ...stored };
		delete unrated.rating;
		expect(validateBackup(backupOf(unrated)).ok).toBe(true);

		const result = validateBackup(backupOf({ ...stored, rating: 7, askedText: 'z?' }));
		expect(result.ok ? [] : result.errors).toEqual([
			expect.stringContaining('interviews[0].askedText must be a list of questions'),
			expect.stringContaining('interviews[0].rating must be a whole number from 1 to 5')
		]);
	});
});
