/**
 * Data written by each published schema version must survive opening with the current one.
 * When schema.ts gains `version(n).upgrade()`, add version n - 1's stores to PUBLISHED below (if
 * not there) and describe the upgrade's effect in `expectedNow`; add a fixture case if version
 * n - 1 stored records the v1 fixture cannot express.
 */
import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, decodeBase64, type BackupData } from './backup-format';
import { getDatabase } from './open';
import { DB_NAME } from './schema';
import type { RecordingRecord } from './types';
import { useFreshDatabase } from './test-db';

/** Each schema version's stores exactly as published. Never edit one; append the next. */
const PUBLISHED: Record<number, Record<string, string>> = {
	1: {
		answers: 'questionId, updatedAt, status, storyId',
		stories: 'id, updatedAt, *themeIds',
		narrative: 'sectionId',
		snapshots: 'id, kind, createdAt',
		attempts: 'id, questionId, startedAt',
		recordings: 'id, attemptId',
		cards: 'questionId, due',
		questions: 'id, themeId',
		interviews: 'id, date, company',
		readiness: 'skillId',
		settings: 'key'
	},
	2: {
		answers: 'questionId, updatedAt, status, storyId',
		stories: 'id, updatedAt, *themeIds',
		narrative: 'sectionId',
		snapshots: 'id, kind, createdAt',
		attempts: 'id, questionId, startedAt, transcript.lang',
		recordings: 'id, attemptId',
		cards: 'questionId, due',
		questions: 'id, themeId',
		interviews: 'id, date, company',
		readiness: 'skillId',
		settings: 'key'
	},
	3: {
		answers: 'questionId, updatedAt, status, storyId',
		stories: 'id, updatedAt, *themeIds',
		narrative: 'sectionId',
		snapshots: 'id, kind, createdAt',
		attempts: 'id, questionId, startedAt, transcript.lang',
		recordings: 'id, attemptId',
		cards: 'questionId, due',
		questions: 'id, themeId',
		interviews: 'id, date, company',
		readiness: 'skillId',
		settings: 'key',
		unrated: 'id'
	}
};

/** Records as schema version 1 stored them: the v1 backup fixture's, with real audio. */
type StoredV1 = Omit<BackupData, 'recordings'> & { recordings: RecordingRecord[] };
function v1Records(): StoredV1 {
	const { data } = JSON.parse(
		readFileSync(new URL('../../../tests/fixtures/backup-v1.json', import.meta.url), 'utf8')
	) as { data: BackupData };
	const recordings = data.recordings.map(({ blob, ...r }) => ({
		...r,
		blob: new Blob([decodeBase64(blob.base64)], { type: blob.type })
	}));
	return { ...data, recordings };
}

/** What the current schema should hold after upgrading v1 records. Add each upgrade's effect. */
function expectedNow(v1: StoredV1): StoredV1 {
	return v1;
}

interface UpgradeCase {
	from: number;
	records: () => StoredV1;
	expected: (records: StoredV1) => StoredV1;
}

const CASES: UpgradeCase[] = [{ from: 1, records: v1Records, expected: expectedNow }];

useFreshDatabase();

/** Writes `records` with the schema as published at `version`, then closes. */
async function writeAtVersion(version: number, records: StoredV1) {
	const old = new Dexie(DB_NAME);
	for (let v = 1; v <= version; v++) if (PUBLISHED[v]) old.version(v).stores(PUBLISHED[v]);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const name of BACKUP_TABLES) await old.table(name).bulkAdd(records[name]);
	});
	old.close();
}

async function audio(r: RecordingRecord) {
	return { type: r.blob.type, bytes: [...new Uint8Array(await r.blob.arrayBuffer())] };
}

describe('schema upgrades', () => {
	it('the latest published schema is the one StarDatabase declares', async () => {
		const db = await getDatabase();
		const latest = Math.max(...Object.keys(PUBLISHED).map(Number));
		expect(db.verno).toBe(latest);
		for (const t of db.tables) {
			const indexes = t.schema.indexes.map((i) => i.src);
			expect([t.schema.primKey.src, ...indexes].join(', '), t.name).toBe(PUBLISHED[latest][t.name]);
		}
	});

	it.each(CASES)(
		'keeps every record written at version $from',
		async ({ from, records, expected }) => {
			await writeAtVersion(from, records());
			const want = expected(records());

			const db = await getDatabase();
			for (const name of BACKUP_TABLES) {
				if (name === 'recordings') continue;
				expect(await db.table(name).toArray(), name).toEqual(want[name]);
			}
			const withAudio = (rs: RecordingRecord[]) =>
				Promise.all(rs.map(async (r) => ({ ...r, blob: await audio(r) })));
			expect(await withAudio(await db.recordings.toArray())).toEqual(
				await withAudio(want.recordings)
			);

			// The indexes the app queries still answer.
			expect(await db.answers.where('status').equals('ready').primaryKeys()).toEqual([
				'conflict-between-leads'
			]);
			expect(await db.stories.where('themeIds').equals('conflict').primaryKeys()).toEqual([
				'story-queue'
			]);
			expect(await db.snapshots.where('kind').equals('answer').count()).toBe(1);
			expect(await db.cards.orderBy('due').primaryKeys()).toEqual(['conflict-between-leads']);
		}
	);

	it('indexes the transcripts of attempts written at version 1, so search finds them', async () => {
		const records = v1Records();
		const [plain] = records.attempts;
		const said = {
			...plain,
			id: 'attempt-said',
			transcript: { text: 'we split the rota', lang: 'en-GB', segments: [] }
		};
		await writeAtVersion(1, { ...records, attempts: [plain, said] });
		const db = await getDatabase();
		expect(await db.attempts.orderBy('transcript.lang').primaryKeys()).toEqual(['attempt-said']);
		expect(await db.attempts.count()).toBe(2);
	});
});
