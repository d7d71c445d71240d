/**
 * Backup and restore of everything on the device, and deleting it. Validation lives in
 * `backup-format.ts` (pure); this module reads and writes the database.
 */
import type { Table } from 'dexie';
import type { AnswerBookData } from './answer-book';
import {
	BACKUP_FORMAT,
	BACKUP_KEYS,
	BACKUP_LIMITS,
	BACKUP_TABLES,
	BACKUP_VERSION,
	decodeBase64,
	encodeBase64,
	validateBackup,
	type Backup,
	type BackupData,
	type BackupTable,
	type BackupValidation,
	type EncodedBlob
} from './backup-format';
import { getDatabase } from './open';
import { LAST_BACKUP_KEY } from './settings';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import type { RecordingRecord, SettingRecord } from './types';

export { LAST_BACKUP_KEY } from './settings';

/** A backup that cannot be read, imported or relied on; `message` is for the user. */
export class BackupError extends Error {
	constructor(
		message: string,
		/** Each problem found, when there were several (validation). */
		readonly problems: string[] = [],
		options?: ErrorOptions
	) {
		super(message, options);
		this.name = 'BackupError';
	}
}

/** The tables as stored: like BackupData, with recordings holding real Blobs. */
type StoredData = Omit<BackupData, 'recordings'> & { recordings: RecordingRecord[] };
type StoredRecord = StoredData[BackupTable][number];

function table(db: StarDatabase, name: BackupTable): Table<StoredRecord, string> {
	return db.table(name);
}

/** Reads every table; call inside a transaction over all tables for a consistent copy. */
async function readTables(db: StarDatabase): Promise<StoredData> {
	const rows = await Promise.all(BACKUP_TABLES.map((name) => table(db, name).toArray()));
	return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i]])) as StoredData;
}

async function encodeBlob(blob: Blob): Promise<EncodedBlob> {
	return { type: blob.type, base64: encodeBase64(new Uint8Array(await blob.arrayBuffer())) };
}

/**
 * Everything on the device as one backup, recordings base64-encoded, read in one read
 * transaction so the tables agree with each other. Then records `lastBackupAt` (= `exportedAt`)
 * in settings, and the backup includes that setting. Throws StorageUnavailableError if the
 * database cannot be opened, or Dexie's error if a read fails.
 */
export async function exportBackup(now: Date = new Date()): Promise<Backup> {
	const db = await getDatabase();
	const stored = await db.transaction('r', db.tables, () => readTables(db));
	const recordings = [];
	for (const r of stored.recordings) recordings.push({ ...r, blob: await encodeBlob(r.blob) });
	const exportedAt = now.toISOString();
	const lastBackup = await db.transaction('rw', db.settings, async () => {
		const previous = await db.settings.get(LAST_BACKUP_KEY);
		const setting: SettingRecord = {
			key: LAST_BACKUP_KEY,
			value: exportedAt,
			createdAt: previous?.createdAt ?? exportedAt,
			updatedAt: exportedAt
		};
		await db.settings.put(setting);
		return setting;
	});
	const settings = stored.settings.filter((s) => s.key !== LAST_BACKUP_KEY).concat(lastBackup);
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt,
		data: { ...stored, recordings, settings }
	};
}

/** Live query: when the last backup was exported (ISO), or undefined if never. */
export const lastBackupQuery = () => async (db: StarDatabase) => {
	const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
	return typeof value === 'string' ? value : undefined;
};

/** The download name for a backup made at `date`, in local time: star-practice-backup-2024-05-01-0930.json. */
export function backupFileName(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
	return `star-practice-backup-${day}-${two(date.getHours())}${two(date.getMinutes())}.json`;
}

const MB = 1024 * 1024;
const tooBig = (size: number) =>
	`This file is too big to be a backup (${(size / MB).toFixed(1)} MB; the limit is ` +
	`${BACKUP_LIMITS.fileBytes / MB} MB).`;
const EMPTY = 'The file is empty: there is no backup in it.';

/**
 * Reads a chosen file as a backup: refuses an empty or oversize file by its size before
 * reading it, then parses and validates it (see parseBackupFile). Never writes; rejects only if
 * the browser cannot read the file.
 */
export async function readBackupFile(file: Blob): Promise<BackupValidation> {
	if (file.size === 0) return { ok: false, errors: [EMPTY] };
	if (file.size > BACKUP_LIMITS.fileBytes) return { ok: false, errors: [tooBig(file.size)] };
	return parseBackupFile(await file.text());
}

/**
 * Parses and validates a backup file's text. Gives one clear message for an empty file, a file
 * over 50 MB (checked before parsing, by its length in characters), text that is not JSON, and
 * JSON cut off part-way (an interrupted download); otherwise validateBackup's result. Pure;
 * never throws.
 */
export function parseBackupFile(text: string): BackupValidation {
	const fail = (message: string): BackupValidation => ({ ok: false, errors: [message] });
	if (text.length > BACKUP_LIMITS.fileBytes) return fail(tooBig(text.length));
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return fail(EMPTY);
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		return fail(
			looksCutOff(body)
				? 'This backup file is incomplete: it ends part-way through, as if the download or ' +
						'copy was interrupted. Export the backup again.'
				: 'This file is not a STAR practice backup: it is not JSON text.'
		);
	}
	return validateBackup(json);
}

/** True when `text` reads as the start of a JSON object or list that stops before it closes. */
function looksCutOff(text: string): boolean {
	const start = text.trimStart()[0];
	if (start !== '{' && start !== '[') return false;
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			depth--;
			if (depth === 0) return false; // closed: whatever is wrong, it is not a cut
		}
	}
	return true;
}

/** Per table: how an import would change it. */
export interface TablePreview {
	/** Records in the backup. */
	incoming: number;
	/** Backup records whose key is not on the device: added in either mode. */
	added: number;
	/** Backup records whose key is on the device: the backup's copy replaces it in either mode. */
	replaced: number;
	/** Records on the device that the backup lacks: merge keeps them; replace deletes them (snapshots excepted). */
	localOnly: number;
}

export type ImportPreview = Record<BackupTable, TablePreview>;

/**
 * What importing `backup` would add and replace, per table, comparing keys with the device in
 * one read transaction. Writes nothing. Throws StorageUnavailableError if the database cannot
 * be opened.
 */
export async function previewImport(backup: Backup): Promise<ImportPreview> {
	const db = await getDatabase();
	const keys = await db.transaction('r', db.tables, () =>
		Promise.all(BACKUP_TABLES.map((name) => table(db, name).toCollection().primaryKeys()))
	);
	return Object.fromEntries(
		BACKUP_TABLES.map((name, i) => {
			const local = new Set<unknown>(keys[i]);
			const keyField = BACKUP_KEYS[name];
			const incoming = new Set(
				(backup.data[name] as unknown as Record<string, unknown>[]).map((r) => r[keyField])
			);
			let replaced = 0;
			for (const key of incoming) if (local.has(key)) replaced++;
			return [
				name,
				{
					incoming: incoming.size,
					added: incoming.size - replaced,
					replaced,
					localOnly: local.size - replaced
				}
			];
		})
	) as ImportPreview;
}

export type ImportMode = 'merge' | 'replace';

/**
 * What a 'before-import' snapshot holds: every table as it was, except snapshots (never copied
 * into one another) and the recordings' audio (their details only: copying the audio would
 * double its storage on every import).
 */
export interface ImportSnapshotData {
	backupVersion: number;
	tables: Omit<BackupData, 'snapshots' | 'recordings'>;
	recordings: Omit<RecordingRecord, 'blob'>[];
}

function withoutAudio(recording: RecordingRecord): Omit<RecordingRecord, 'blob'> {
	const details: Partial<RecordingRecord> = { ...recording };
	delete details.blob;
	return details as Omit<RecordingRecord, 'blob'>;
}

export interface ImportResult {
	/** The snapshot of the data as it was before the import. */
	snapshotId: string;
	/** Records written, per table. */
	written: Record<BackupTable, number>;
}

/**
 * Imports a backup. Validates it again first (a BackupError listing the problems, nothing
 * written), then in ONE transaction over every table: snapshots the current data (kind 'all',
 * reason 'before-import', see ImportSnapshotData), and writes every record. `merge` adds the
 * backup's records and replaces those with the same key, keeping the rest; `replace` first
 * empties every table except snapshots (existing snapshots stay, so the one just taken does).
 * All or nothing: if any write fails the transaction aborts, the database is exactly as before
 * (no snapshot either), and a BackupError says so, with the cause attached. Throws
 * StorageUnavailableError if the database cannot be opened.
 */
export async function importBackup(
	backup: Backup,
	{ mode }: { mode: ImportMode }
): Promise<ImportResult> {
	const checked = validateBackup(backup);
	if (!checked.ok)
		throw new BackupError(`This backup cannot be imported: ${checked.errors[0]}`, checked.errors);
	const data = checked.backup.data;
	let stored: StoredData;
	try {
		// Decoded before the transaction: IndexedDB commits a transaction left waiting on other work.
		const recordings: RecordingRecord[] = data.recordings.map(({ blob, ...r }) => ({
			...r,
			blob: new Blob([decodeBase64(blob.base64)], { type: blob.type })
		}));
		stored = { ...data, recordings };
	} catch (e) {
		throw new BackupError('This backup cannot be imported: a recording is damaged.', [], {
			cause: e
		});
	}

	const db = await getDatabase();
	try {
		const snapshotId = await db.transaction('rw', db.tables, async () => {
			const current = await readTables(db);
			const snapshot: ImportSnapshotData = {
				backupVersion: BACKUP_VERSION,
				tables: {
					answers: current.answers,
					stories: current.stories,
					narrative: current.narrative,
					attempts: current.attempts,
					cards: current.cards,
					questions: current.questions,
					interviews: current.interviews,
					readiness: current.readiness,
					settings: current.settings
				},
				recordings: current.recordings.map(withoutAudio)
			};
			const id = await takeSnapshot(db, {
				kind: 'all',
				name: `Before importing the backup of ${checked.backup.exportedAt.slice(0, 10)}`,
				reason: 'before-import',
				data: snapshot
			});
			if (mode === 'replace')
				for (const name of BACKUP_TABLES) if (name !== 'snapshots') await table(db, name).clear();
			for (const name of BACKUP_TABLES) await table(db, name).bulkPut(stored[name]);
			return id;
		});
		const written = Object.fromEntries(
			BACKUP_TABLES.map((name) => [name, stored[name].length])
		) as Record<BackupTable, number>;
		return { snapshotId, written };
	} catch (e) {
		throw new BackupError(
			`The import failed, so nothing was changed. (${e instanceof Error ? e.message : String(e)})`,
			[],
			{ cause: e }
		);
	}
}

/**
 * Deletes everything on the device — every table, snapshots and settings included — in one
 * transaction. No snapshot can guard this, so the caller must pass the backup it has just
 * exported and saved (exportBackup, then download): deletion goes ahead only if that backup
 * holds every stored record as it is now (same key and `updatedAt`). Otherwise throws a
 * BackupError and deletes nothing. There is deliberately no way to delete without a backup.
 * The connection stays open; the next reads see empty tables.
 */
export async function deleteAllData({ backup }: { backup: Backup }): Promise<void> {
	const inBackup = new Map(
		BACKUP_TABLES.map((name) => {
			const keyField = BACKUP_KEYS[name];
			const rows = (backup.data[name] ?? []) as unknown as Record<string, unknown>[];
			return [name, new Map(rows.map((r) => [r[keyField], r.updatedAt]))];
		})
	);
	const db = await getDatabase();
	await db.transaction('rw', db.tables, async () => {
		const missing: string[] = [];
		for (const name of BACKUP_TABLES) {
			const keyField = BACKUP_KEYS[name];
			await table(db, name).each((row) => {
				const record = row as unknown as Record<string, unknown>;
				if (inBackup.get(name)!.get(record[keyField]) !== record.updatedAt)
					missing.push(`${name} ${JSON.stringify(record[keyField])}`);
			});
		}
		if (missing.length)
			throw new BackupError(
				`Nothing was deleted: ${missing.length} record${missing.length === 1 ? ' has' : 's have'} ` +
					`changed since this backup was made (${missing.slice(0, 3).join(', ')}` +
					`${missing.length > 3 ? ', …' : ''}). Export a new backup first.`,
				missing
			);
		for (const name of BACKUP_TABLES) await table(db, name).clear();
	});
}

/**
 * The user's answers, custom questions, stories and narrative, read in one transaction, ready
 * for markdownAnswerBook (add the content's narrative sections for titles). Writes nothing.
 */
export async function loadAnswerBookData(): Promise<
	Pick<
		AnswerBookData,
		'answers' | 'stories' | 'narrative' | 'questions' | 'interviews' | 'readiness'
	>
> {
	const db = await getDatabase();
	const tables = [db.answers, db.stories, db.narrative, db.questions, db.interviews, db.readiness];
	return db.transaction('r', tables, async () => ({
		answers: await db.answers.toArray(),
		stories: await db.stories.toArray(),
		narrative: await db.narrative.toArray(),
		questions: await db.questions.toArray(),
		interviews: await db.interviews.toArray(),
		readiness: await db.readiness.toArray()
	}));
}
