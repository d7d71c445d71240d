import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerEditor, saveAnswer } from './answers';
import {
	BackupError,
	backupFileName,
	deleteAllData,
	exportBackup,
	importBackup,
	LAST_BACKUP_KEY,
	lastBackupQuery,
	loadAnswerBookData,
	parseBackupFile,
	previewImport,
	readBackupFile,
	type ImportSnapshotData
} from './backup';
import {
	BACKUP_KEYS,
	BACKUP_LIMITS,
	BACKUP_TABLES,
	decodeBase64,
	validateBackup,
	type Backup,
	type BackupData
} from './backup-format';
import { DEVICE_KEY } from './device';
import { closeDatabase, getDatabase } from './open';
import { StarDatabase } from './schema';
import { memoryStorage, reopened, useFreshDatabase } from './test-db';
import { Stash } from './unsaved';
import {
	answerVersionsQuery,
	restoreAnswerVersion,
	restoreStoryVersion,
	storyVersionsQuery
} from './versions';
import { narrativeVersionsQuery, restoreNarrativeVersion, saveNarrativeSection } from './narrative';
import { createStory, saveStory } from './stories';
import type { RecordingRecord } from './types';
import { keepUnratedAnswer, readUnratedAnswer } from './unrated-answers';
import { LOCAL_ONLY_TABLES } from './backup-tables';

const fixtureText = readFileSync(
	new URL('../../../tests/fixtures/backup-v1.json', import.meta.url),
	'utf8'
);
const fixture = (): Backup => JSON.parse(fixtureText);

useFreshDatabase();
afterEach(() => vi.restoreAllMocks());

/** Every byte value, so an encoding that drops or mangles one shows. */
const AUDIO = new Uint8Array(1000).map((_, i) => (i * 31) % 256);

/** Fills every table: the fixture's records written directly, a recording, and a real save. */
async function seed() {
	const db = await getDatabase();
	const { data } = fixture();
	await db.transaction('rw', db.tables, async () => {
		for (const name of BACKUP_TABLES)
			if (name !== 'recordings') await db.table(name).bulkPut(data[name]);
		await db.recordings.put({
			...data.recordings[0],
			blob: new Blob([AUDIO], { type: 'audio/webm;codecs=opus' })
		});
	});
	await saveAnswer('saved-through-the-app', { situation: 'Typed <b>live</b>', task: 'T' });
}

/** Everything in the database, recordings as bytes so they compare by content. */
async function dump() {
	const db = await getDatabase();
	const tables = await db.transaction('r', db.tables, () =>
		Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()))
	);
	const out = Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, tables[i]]));
	out.recordings = await Promise.all(
		(out.recordings as RecordingRecord[]).map(async (r) => ({
			...r,
			blob: { type: r.blob.type, bytes: [...new Uint8Array(await r.blob.arrayBuffer())] }
		}))
	);
	return out as Record<keyof BackupData, Record<string, unknown>[]>;
}

async function wipe() {
	await closeDatabase();
	await new StarDatabase().delete();
}

/** What the settings page will do with a chosen file. */
async function importFile(text: string, mode: 'merge' | 'replace' = 'merge') {
	const parsed = await parseBackupFile(text);
	if (!parsed.ok) throw new BackupError(parsed.errors[0], parsed.errors);
	return importBackup(parsed.backup, { mode });
}

function withData(patch: (data: BackupData) => void): string {
	const backup = fixture();
	patch(backup.data);
	return JSON.stringify(backup);
}

describe('the backup tables', () => {
	it('are exactly the database tables but those kept on purpose, with the same keys', async () => {
		const db = await getDatabase();
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			[...BACKUP_TABLES, ...LOCAL_ONLY_TABLES].sort()
		);
		for (const t of db.tables.filter((t) => t.name in BACKUP_KEYS))
			expect(t.schema.primKey.keyPath, t.name).toBe(BACKUP_KEYS[t.name as keyof BackupData]);
	});
});

describe('exportBackup', () => {
	it('holds every table, with audio as base64, and records the backup date', async () => {
		await seed();
		const { backup, name } = await exportBackup(new Date('2025-04-01T08:00:00.000Z'));
		expect(name).toMatch(/^star-practice-backup-2025-04-01-\d{4}\.json$/);
		expect(backup).toMatchObject({
			format: 'star-practice-backup',
			version: 1,
			exportedAt: '2025-04-01T08:00:00.000Z'
		});
		for (const name of BACKUP_TABLES) expect(backup.data[name].length, name).toBeGreaterThan(0);
		const { blob } = backup.data.recordings[0];
		expect(blob.type).toBe('audio/webm;codecs=opus');
		expect(decodeBase64(blob.base64)).toEqual(AUDIO);
		expect(backup.data.settings.find((s) => s.key === LAST_BACKUP_KEY)?.value).toBe(
			'2025-04-01T08:00:00.000Z'
		);
		const db = await getDatabase();
		expect(await lastBackupQuery()(db)).toBe('2025-04-01T08:00:00.000Z');
		expect(validateBackup(JSON.parse(JSON.stringify(backup))).ok).toBe(true);
	});

	it('exports an empty database as a valid, empty backup', async () => {
		const result = await parseBackupFile(await (await exportBackup()).file.text());
		expect(result.ok && result.summary.records).toBe(1); // the lastBackupAt setting
	});

	it('names the file by local date and time', () => {
		expect(backupFileName(new Date(2025, 2, 4, 9, 5))).toBe(
			'star-practice-backup-2025-03-04-0905.json'
		);
	});
});

describe('round trip', () => {
	it.each(['replace', 'merge'] as const)(
		'export → wipe → import (%s) gives back the same data, audio included',
		async (mode) => {
			await seed();
			const text = await (await exportBackup()).file.text();
			const before = await dump();
			await wipe();
			expect((await dump()).answers).toEqual([]);

			const { snapshotId, written } = await importFile(text, mode);
			expect(written.recordings).toBe(1);
			expect(snapshotId).toBeUndefined(); // the device was empty: nothing was overwritten
			expect(await dump()).toEqual(before);
			const after = await dump();
			expect(after.recordings[0].blob).toEqual({
				type: 'audio/webm;codecs=opus',
				bytes: [...AUDIO]
			});
		}
	);
});

describe('importBackup', () => {
	it('snapshots what it changes or removes, in the same transaction, and nothing else', async () => {
		await seed();
		const before = await dump();
		const backup = fixture();
		backup.data.answers[0].result = 'From the backup';
		backup.data.recordings = [];
		const { snapshotId } = await importBackup(backup, { mode: 'replace' });
		const snapshot = await (await getDatabase()).snapshots.get(snapshotId!);
		expect(snapshot).toMatchObject({
			kind: 'all',
			reason: 'before-import',
			name: 'Before importing the backup of 2025-03-14'
		});
		const data = snapshot!.data as ImportSnapshotData;
		const changed = before.answers.find((a) => a.questionId === backup.data.answers[0].questionId);
		const removed = before.answers.find((a) => a.questionId === 'saved-through-the-app');
		expect(data.tables.answers).toEqual([changed, removed]);
		expect(data.tables.stories).toEqual([]);
		expect(data.tables.settings).toEqual([]);
		expect(data.recordings).toEqual([
			{
				id: 'rec-1',
				attemptId: 'attempt-1',
				mimeType: 'audio/webm;codecs=opus',
				createdAt: '2025-03-02T07:33:00.000Z',
				updatedAt: '2025-03-02T07:33:00.000Z'
			}
		]);
		expect(data).not.toHaveProperty('tables.snapshots');
	});

	it('merge takes newer copies and adds, keeping records the backup lacks', async () => {
		await seed();
		const backup = fixture();
		// The other device took this answer as it is here, then edited it.
		backup.data.answers[0] = {
			...backup.data.answers[0],
			result: 'From the backup',
			mergedAt: backup.data.answers[0].updatedAt,
			updatedAt: '2025-03-09T10:00:00.000Z'
		};
		backup.data.stories.push({ ...backup.data.stories[0], id: 'new-story' });
		backup.data = { answers: backup.data.answers, stories: backup.data.stories } as BackupData;

		const preview = await previewImport(validOrThrow(backup));
		expect(preview.answers).toEqual({
			new: 0,
			unchanged: 1,
			newerHere: 0,
			newerInBackup: 1,
			changedOnBoth: 0,
			onlyHere: 1
		});
		expect(preview.stories).toMatchObject({ new: 1, unchanged: 1 });
		expect(preview.cards).toMatchObject({ new: 0, onlyHere: 1 });

		await importBackup(validOrThrow(backup), { mode: 'merge' });
		const db = await reopened();
		expect((await db.answers.get('conflict-between-leads'))?.result).toBe('From the backup');
		expect(await db.answers.get('saved-through-the-app')).toBeDefined();
		expect(await db.stories.count()).toBe(2);
		expect(await db.cards.count()).toBe(1);
		expect(await db.recordings.count()).toBe(1);
	});

	it('keeps the losing copy of an answer changed on both devices as a version to restore', async () => {
		await saveAnswer('q-both', { situation: 'Written on the laptop' });
		const exported = await exportBackup();
		const other = JSON.parse(await exported.file.text()) as Backup;
		// Another device took that copy, and edited it later than the laptop's own next edit.
		const theirs = other.data.answers[0];
		other.device = 'the-phone';
		other.data.answers[0] = {
			...theirs,
			situation: 'Edited on the phone',
			mergedAt: theirs.updatedAt,
			updatedAt: new Date(Date.now() + 60_000).toISOString()
		};
		await saveAnswer('q-both', { situation: 'Edited on the laptop' });

		const preview = await previewImport(validOrThrow(other));
		expect(preview.answers.changedOnBoth).toBe(1);
		await importBackup(validOrThrow(other), { mode: 'merge' });

		let db = await reopened();
		expect((await db.answers.get('q-both'))?.situation).toBe('Edited on the phone');
		const versions = await answerVersionsQuery('q-both')(db);
		expect(versions.map((v) => v.data.situation)).toEqual(['Edited on the laptop']);

		await restoreAnswerVersion(versions[0].id);
		db = await reopened();
		expect((await db.answers.get('q-both'))?.situation).toBe('Edited on the laptop');
		const after = await answerVersionsQuery('q-both')(db);
		expect(after.map((v) => v.data.situation).sort()).toEqual([
			'Edited on the laptop',
			'Edited on the phone'
		]);

		// The same backup again: this device has seen it, so nothing changes and no version is added.
		const again = await previewImport(validOrThrow(other));
		expect(again.answers).toMatchObject({ newerHere: 1, changedOnBoth: 0 });
		await importBackup(validOrThrow(other), { mode: 'merge' });
		expect(await answerVersionsQuery('q-both')(await reopened())).toHaveLength(2);
	});

	it('keeps the losing copy of a story changed on both devices, and restores it', async () => {
		const id = await createStory({ title: 'Pager rota', action: 'Written on the laptop' });
		const other = JSON.parse(await (await exportBackup()).file.text()) as Backup;
		const theirs = other.data.stories[0];
		other.device = 'the-phone';
		other.data.stories[0] = {
			...theirs,
			action: 'Edited on the phone',
			mergedAt: theirs.updatedAt,
			updatedAt: new Date(Date.now() + 60_000).toISOString()
		};
		await saveStory(id, { action: 'Edited on the laptop' });
		expect((await previewImport(validOrThrow(other))).stories.changedOnBoth).toBe(1);
		await importBackup(validOrThrow(other), { mode: 'merge' });

		let db = await reopened();
		expect((await db.stories.get(id))?.action).toBe('Edited on the phone');
		const versions = await storyVersionsQuery(id)(db);
		expect(versions.map((v) => v.data.story.action)).toEqual(['Edited on the laptop']);
		await restoreStoryVersion(versions[0].id);
		db = await reopened();
		expect((await db.stories.get(id))?.action).toBe('Edited on the laptop');
		// The phone's text it replaced is kept as a version in turn.
		const after = await storyVersionsQuery(id)(db);
		expect(after.map((v) => v.data.story.action).sort()).toEqual([
			'Edited on the laptop',
			'Edited on the phone'
		]);
	});

	it('keeps the narrative losing a section changed on both devices as a version, and restores it', async () => {
		await saveNarrativeSection('why-management', { text: 'Written on the laptop' });
		await saveNarrativeSection('strengths', { text: 'Only on the laptop' });
		const other = JSON.parse(await (await exportBackup()).file.text()) as Backup;
		other.device = 'the-phone';
		other.data.narrative = other.data.narrative.map((n) =>
			n.sectionId === 'why-management'
				? {
						...n,
						text: 'Edited on the phone',
						mergedAt: n.updatedAt,
						updatedAt: new Date(Date.now() + 60_000).toISOString()
					}
				: n
		);
		await saveNarrativeSection('why-management', { text: 'Edited on the laptop' });
		expect((await previewImport(validOrThrow(other))).narrative.changedOnBoth).toBe(1);
		await importBackup(validOrThrow(other), { mode: 'merge' });

		let db = await reopened();
		expect((await db.narrative.get('why-management'))?.text).toBe('Edited on the phone');
		const losing = (await narrativeVersionsQuery()(db)).find(
			(v) => v.data.sections['why-management'] === 'Edited on the laptop'
		);
		// A whole-narrative version: the other sections as they were, too.
		expect(losing?.data.sections.strengths).toBe('Only on the laptop');
		await restoreNarrativeVersion(losing!.id);
		db = await reopened();
		expect((await db.narrative.get('why-management'))?.text).toBe('Edited on the laptop');
		expect((await db.narrative.get('strengths'))?.text).toBe('Only on the laptop');
	});

	it('re-importing this device’s own older backup keeps the newer answer and adds no version', async () => {
		await saveAnswer('q-own', { situation: 'Backed up' });
		const own = validOrThrow(JSON.parse(await (await exportBackup()).file.text()));
		await saveAnswer('q-own', { situation: 'Edited after the backup' });
		expect((await previewImport(own)).answers.newerHere).toBe(1);
		await importBackup(own, { mode: 'merge' });
		const db = await reopened();
		expect((await db.answers.get('q-own'))?.situation).toBe('Edited after the backup');
		expect(await answerVersionsQuery('q-own')(db)).toEqual([]);
	});

	it('replace empties every table but snapshots first', async () => {
		await seed();
		const backup = fixture();
		backup.data = { stories: backup.data.stories } as BackupData;
		const { snapshotId } = await importBackup(validOrThrow(backup), { mode: 'replace' });
		const after = await dump();
		expect(after.stories).toHaveLength(1);
		for (const name of BACKUP_TABLES)
			if (name !== 'stories' && name !== 'snapshots') expect(after[name], name).toEqual([]);
		expect(after.snapshots.map((s) => s.id).sort()).toEqual(['snap-1', snapshotId!].sort());
	});

	it('imports an older backup that has no newer tables', async () => {
		await seed();
		// What an early build exported: only the first tables, no recordings, cards or interviews.
		const old = fixture() as unknown as { data: Record<string, unknown> };
		old.data = { answers: fixture().data.answers, stories: [], narrative: [] };
		await importFile(JSON.stringify(old));
		const db = await getDatabase();
		expect(await db.answers.count()).toBe(3);
		expect(await db.interviews.count()).toBe(1);
	});

	it('stores script payloads as the same text', async () => {
		const payload = '<img src=x onerror=alert(1)>';
		const text = withData((d) => {
			d.answers[0].situation = payload;
			d.stories[0].title = `<script>alert(1)</script>${payload}`;
			d.narrative[0].text = `[x](javascript:alert(1)) ${payload}`;
		});
		await importFile(text);
		const db = await getDatabase();
		expect((await db.answers.get('conflict-between-leads'))?.situation).toBe(payload);
		expect((await db.stories.get('story-queue'))?.title).toBe(
			`<script>alert(1)</script>${payload}`
		);
		expect((await db.narrative.get('tell-me-about-yourself'))?.text).toBe(
			`[x](javascript:alert(1)) ${payload}`
		);
	});

	it.each([
		['merge', 'settings'],
		['replace', 'settings'],
		['replace', 'answers'],
		['merge', 'recordings']
	] as const)(
		'%s import is all or nothing: a failed write to %s changes nothing',
		async (mode, failing) => {
			await seed();
			const before = await dump();
			const db = await getDatabase();
			const put = vi
				.spyOn(db.table(failing), 'bulkPut')
				.mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
			const backup = fixture();
			backup.data.answers[0].result = 'Should not land';
			backup.data.stories.push({ ...backup.data.stories[0], id: 'should-not-land' });

			const failure = importBackup(validOrThrow(backup), { mode });
			await expect(failure).rejects.toBeInstanceOf(BackupError);
			await expect(failure).rejects.toThrow('The import failed, so nothing was changed');
			expect(put).toHaveBeenCalled();
			expect(await dump()).toEqual(before);
		}
	);
});

function validOrThrow(json: unknown): Backup {
	const result = validateBackup(json);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.backup;
}

const v1 = (rest: string) =>
	`{"format":"star-practice-backup","version":1,"exportedAt":"2025-03-14T09:30:00.000Z"${rest}}`;

/** Files that must be refused, with a word of the message the user sees. */
const BAD_FILES: [string, () => string, string][] = [
	['an empty file', () => '', 'The file is empty'],
	['a file of blank lines', () => ' \n\t\n', 'The file is empty'],
	['plain text', () => 'my answers', 'it is not JSON text'],
	['an HTML page', () => '<!doctype html><title>Download</title>', 'it is not JSON text'],
	['random bytes', () => String.fromCharCode(...AUDIO), 'it is not JSON text'],
	['a JSON array', () => JSON.stringify([fixture()]), 'the file holds a list, not a backup'],
	['JSON null', () => 'null', 'the file holds null, not a backup'],
	['a JSON string', () => '"star-practice-backup"', 'the file holds text, not a backup'],
	['JSON of another shape', () => '{"answers":[]}', 'it has no "format": "star-practice-backup"'],
	[
		'another app’s backup',
		() => '{"format":"notes-backup","version":1}',
		'its format is "notes-backup"'
	],
	[
		'a future version',
		() => '{"format":"star-practice-backup","version":2}',
		'made by a newer version of the app'
	],
	[
		'version 0',
		() => '{"format":"star-practice-backup","version":0}',
		'version must be from 1 to 1, not 0'
	],
	[
		'a version as text',
		() => '{"format":"star-practice-backup","version":"1"}',
		'version must be a whole number'
	],
	[
		'a truncated file',
		() => fixtureText.slice(0, fixtureText.length / 2),
		'it ends part-way through'
	],
	[
		'a file cut inside a string',
		() => fixtureText.slice(0, fixtureText.indexOf('queue') + 2),
		'it ends part-way through'
	],
	['no data', () => v1(''), 'data is missing'],
	['data as a list', () => v1(',"data":[]'), 'data must be an object of tables'],
	[
		'a bad export date',
		() => JSON.stringify({ ...fixture(), exportedAt: 'March' }),
		'exportedAt must be an ISO date'
	],
	[
		'an answer with a number for text',
		() => withData((d) => ((d.answers[1] as unknown as Record<string, unknown>).situation = 42)),
		'answers[1].situation must be text, not the number 42'
	],
	[
		'a story with themeIds as text',
		() =>
			withData((d) => ((d.stories[0] as unknown as Record<string, unknown>).themeIds = 'conflict')),
		'stories[0].themeIds must be a list of ids'
	],
	[
		'an attempt with a duration as text',
		() => withData((d) => ((d.attempts[0] as unknown as Record<string, unknown>).prepMs = '30000')),
		'attempts[0].prepMs must be a number 0 or more, not text'
	],
	[
		'a card with a number for a date',
		() => withData((d) => ((d.cards[0] as unknown as Record<string, unknown>).due = 1741160000000)),
		'cards[0].due must be an ISO date and time'
	],
	[
		'an interview with storyIds of numbers',
		() => withData((d) => ((d.interviews[0] as unknown as Record<string, unknown>).storyIds = [1])),
		'interviews[0].storyIds[0] must be a non-empty id'
	],
	[
		'a rating of 6',
		() => withData((d) => (d.attempts[0].ratings.ownership = 6)),
		'attempts[0].ratings.ownership must be a whole number from 1 to 5, not the number 6'
	],
	[
		'a readiness rating of 0',
		() => withData((d) => (d.readiness[0].rating = 0)),
		'readiness[0].rating must be a whole number from 1 to 5'
	],
	[
		'duplicate ids',
		() => withData((d) => d.stories.push({ ...d.stories[0] })),
		'stories[1].id "story-queue" appears twice'
	],
	[
		'an empty id',
		() => withData((d) => (d.questions[0].id = '')),
		'questions[0].id must be a non-empty id'
	],
	[
		'an oversize field',
		() => withData((d) => (d.answers[0].action = 'a'.repeat(BACKUP_LIMITS.textChars + 1))),
		'answers[0].action is too long'
	],
	[
		'junk past the size limit',
		() => 'x'.repeat(BACKUP_LIMITS.fileBytes + 1),
		'This file is too big to be a backup (256.0 MB; the limit is 256 MB).'
	],
	[
		'bad base64 audio',
		() => withData((d) => (d.recordings[0].blob.base64 = 'not base64!')),
		'recordings[0].blob.base64 is not well-formed base64'
	],
	[
		'a null record',
		() => withData((d) => (d.answers as unknown[]).push(null)),
		'answers[2] must be a record (an object), not null'
	],
	[
		'a record missing its key',
		() => withData((d) => delete (d.narrative[0] as Partial<(typeof d.narrative)[0]>).sectionId),
		'narrative[0].sectionId is missing'
	],
	[
		'an unknown table',
		() => withData((d) => ((d as unknown as Record<string, unknown>).goals = [])),
		'data.goals is not a table this app knows'
	]
];

describe('bad backup files', () => {
	it('include at least 20 kinds', () => expect(BAD_FILES.length).toBeGreaterThanOrEqual(20));

	it.each(BAD_FILES)(
		'refuses %s with a clear message and changes nothing',
		async (_name, make, message) => {
			await seed();
			const before = await dump();
			const text = make();

			const parsed = await parseBackupFile(text);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.errors[0]).toContain(message);
			await expect(importFile(text)).rejects.toThrow(message);

			// importBackup refuses the same content even if a caller skips parseBackupFile.
			let json: unknown;
			try {
				json = JSON.parse(text);
			} catch {
				json = text;
			}
			if (text.length <= BACKUP_LIMITS.fileBytes)
				await expect(importBackup(json as Backup, { mode: 'replace' })).rejects.toBeInstanceOf(
					BackupError
				);

			expect(await dump()).toEqual(before);
		}
	);

	it('readBackupFile refuses an oversize or empty file without reading it', async () => {
		const text = vi.fn();
		const huge = { size: 300 * 1024 * 1024, text } as unknown as Blob;
		expect(await readBackupFile(huge)).toEqual({
			ok: false,
			errors: ['This file is too big to be a backup (300.0 MB; the limit is 256 MB).']
		});
		expect(await readBackupFile(new Blob([]))).toMatchObject({ ok: false });
		expect(text).not.toHaveBeenCalled();
		expect(await readBackupFile(new Blob([fixtureText]))).toMatchObject({ ok: true });
	});
});

describe('deleteAllData', () => {
	it('deletes every table in one go when given a backup of everything', async () => {
		await seed();
		// An answer ended but not rated: its audio is in no backup, and goes with everything else.
		await keepUnratedAnswer({
			questionId: 'underperformer',
			startedAt: 1,
			recording: { blob: new Blob([AUDIO]), mimeType: 'audio/webm' }
		});
		const { file } = await exportBackup();
		expect(await file.text()).not.toContain('unrated');
		await deleteAllData({ file });
		const after = await dump();
		for (const name of BACKUP_TABLES) expect(after[name], name).toEqual([]);
		expect(await readUnratedAnswer('underperformer', 1)).toBeUndefined();
		// …and that backup brings it all back.
		await importFile(await file.text(), 'replace');
		expect((await dump()).recordings[0].blob).toEqual({
			type: 'audio/webm;codecs=opus',
			bytes: [...AUDIO]
		});
	});

	it('deletes nothing if anything changed after the backup', async () => {
		await seed();
		const { file } = await exportBackup();
		await saveAnswer('underperformer', { result: 'Written after the export' });
		const before = await dump();
		const failure = deleteAllData({ file });
		await expect(failure).rejects.toBeInstanceOf(BackupError);
		await expect(failure).rejects.toThrow(
			'Nothing was deleted: 1 record has changed since this backup was made (answers "underperformer")'
		);
		expect(await dump()).toEqual(before);
	});
});

/** What a re-import of `file` leaves behind, as the next backup's text. */
async function reimported(file: Blob, mode: 'merge' | 'replace') {
	await importFile(await file.text(), mode);
	return (await exportBackup()).file.text();
}

// Issue 24, item 1: the app made backups it could not restore, and deleted data on one.
describe('every export imports again', () => {
	it('exports and re-imports a 1 MB answer', async () => {
		const situation = 'Long. '.repeat(174_769); // 1 048 614 characters
		await saveAnswer('long-one', { situation });
		const { file } = await exportBackup();
		await wipe();
		await importFile(await file.text(), 'replace');
		expect((await (await getDatabase()).answers.get('long-one'))?.situation).toBe(situation);
	});

	it('exports 300 recordings (60 MB), deletes everything on that backup, and imports it again', async () => {
		const db = await getDatabase();
		const audio = new Uint8Array(200_000).map((_, i) => i % 251);
		const now = '2025-03-02T07:33:00.000Z';
		await db.recordings.bulkPut(
			Array.from({ length: 300 }, (_, i) => ({
				id: `rec-${i}`,
				attemptId: `attempt-${i}`,
				mimeType: 'audio/webm',
				blob: new Blob([audio], { type: 'audio/webm' }),
				createdAt: now,
				updatedAt: now
			}))
		);
		const { file } = await exportBackup();
		expect(file.size).toBeGreaterThan(80_000_000); // over the old 50 MB limit
		await deleteAllData({ file });
		expect(await db.recordings.count()).toBe(0);
		await importFile(await file.text(), 'replace');
		expect(await db.recordings.count()).toBe(300);
	}, 120_000);

	it('refuses to make a backup the import would refuse, and says why', async () => {
		const db = await getDatabase();
		// Past a limit without going through a save (as an older version could store it).
		await db.stories.put({
			...fixture().data.stories[0],
			themeIds: Array.from({ length: BACKUP_LIMITS.listItems + 1 }, (_, i) => `t${i}`)
		});
		const failure = exportBackup();
		await expect(failure).rejects.toBeInstanceOf(BackupError);
		await expect(failure).rejects.toThrow(
			/^This backup could not be made so that it imports again, so none was saved: stories\[0\]\.themeIds has too many items/
		);
		expect(await lastBackupQuery()(db)).toBeUndefined();
	});

	it('never stores a text or list a backup could not hold', async () => {
		const failure = saveAnswer('q', { action: 'x'.repeat(BACKUP_LIMITS.textChars + 1) });
		await expect(failure).rejects.toThrow(/action is longer than a backup can hold/);
		expect(await (await getDatabase()).answers.count()).toBe(0);
	});

	it('deletes nothing on a backup that would not import again', async () => {
		await seed();
		const { backup } = await exportBackup();
		backup.data.answers[0].situation = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
		const before = await dump();
		const failure = deleteAllData({ file: new Blob([JSON.stringify(backup)]) });
		await expect(failure).rejects.toThrow(
			/^Nothing was deleted: this backup would not import again \(answers\[0\]\.situation is too long/
		);
		expect(await dump()).toEqual(before);
	});

	it.each(['merge', 'replace'] as const)(
		'does not grow when a backup is imported again (%s)',
		async (mode) => {
			await seed();
			const first = await (await exportBackup()).file.text();
			const second = await reimported(new Blob([first]), mode);
			expect(second.length).toBe(first.length);
			expect((await dump()).snapshots).toHaveLength(fixture().data.snapshots.length);
		}
	);
});

// Issue 24, item 5: an old stash overwrote a "Replace everything" import at the next start.
describe('stashed edits and imports', () => {
	it('writes stashed edits before an import, so none is replayed over it later', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		await saveAnswer('q1', { situation: 'old' });
		const closedTab = new Stash(answerEditor('q1').target, { tab: 'closed', storage });
		closedTab.write({ situation: 'old, stashed' });
		const { backup } = await exportBackup();
		backup.data.answers[0].situation = 'imported';
		const { snapshotId } = await importBackup(backup, { mode: 'replace' });
		// No stash is left; the device's id (for telling its own backups) stays.
		expect([...storage.entries.keys()]).toEqual([DEVICE_KEY]);
		const db = await reopened();
		expect((await db.answers.get('q1'))?.situation).toBe('imported');
		// The stashed text is not lost: the import's snapshot holds it.
		const snapshot = await db.snapshots.get(snapshotId!);
		expect((snapshot!.data as ImportSnapshotData).tables.answers[0].situation).toBe('old, stashed');
		vi.unstubAllGlobals();
	});
});

describe('loadAnswerBookData', () => {
	it('reads answers, stories, narrative and custom questions', async () => {
		await seed();
		const data = await loadAnswerBookData();
		expect(data.answers).toHaveLength(3);
		expect(data.stories).toHaveLength(1);
		expect(data.narrative).toHaveLength(1);
		expect(data.questions).toHaveLength(1);
	});
});

describe('encrypted backups', () => {
	it('round-trips with the passphrase; a wrong one, a cut file or a changed one change nothing', async () => {
		await saveAnswer('q-secret', { situation: 'Only for my eyes' });
		const { file } = await exportBackup(new Date(), { passphrase: 'long walk home' });
		const text = await file.text();
		expect(text).not.toContain('Only for my eyes');
		expect(JSON.parse(text)).toMatchObject({ format: 'star-practice-backup-encrypted' });
		await wipe();
		const before = await dump();

		expect(await readBackupFile(file)).toEqual({
			ok: false,
			locked: true,
			errors: ['This backup is encrypted: enter its passphrase to open it.']
		});
		const wrong = await readBackupFile(file, 'long walk hme');
		expect(wrong).toMatchObject({ ok: false, locked: true });
		expect(!wrong.ok && wrong.errors[0]).toContain('does not open this backup');

		const cut = await parseBackupFile(text.slice(0, text.length - 40), 'long walk home');
		expect(!cut.ok && cut.errors[0]).toContain('incomplete');
		const json = JSON.parse(text);
		const changed = { ...json, ciphertext: `AAAA${json.ciphertext.slice(4)}` };
		const tampered = await parseBackupFile(JSON.stringify(changed), 'long walk home');
		expect(tampered).toMatchObject({ ok: false });
		expect(!tampered.ok && tampered.locked).toBeFalsy();
		expect(!tampered.ok && tampered.errors[0]).toContain('damaged');
		expect(await dump()).toEqual(before);

		const opened = await readBackupFile(file, 'long walk home');
		if (!opened.ok) throw new Error(opened.errors.join('\n'));
		await importBackup(opened.backup, { mode: 'merge' });
		const db = await reopened();
		expect((await db.answers.get('q-secret'))?.situation).toBe('Only for my eyes');
	}, 120_000); // five key derivations at 600 000 rounds, on a shared machine
});
