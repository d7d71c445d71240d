/**
 * Backup and restore of everything on the device, and deleting it. Validation lives in
 * `backup-format.ts` (pure); this module reads and writes the database, and loads the
 * validation (with its schema library) only when a backup is read or made, so no page pays for
 * it on first load.
 */
import type { Table } from 'dexie';
import type { AnswerBookData } from './answer-book';
import type { Backup, BackupData, BackupValidation, EncodedBlob } from './backup-format';
import {
	BACKUP_FORMAT,
	BACKUP_KEYS,
	BACKUP_TABLES,
	BACKUP_VERSION,
	LOCAL_ONLY_TABLES,
	type BackupTable
} from './backup-tables';
import { BACKUP_LIMITS } from './limits';
import { deviceId } from './device';
import {
	planImport,
	sameRecord,
	type ImportMode,
	type StoredData,
	type StoredRecord,
	type TableCounts
} from './import-plan';
import { getDatabase } from './open';
import { LAST_BACKUP_KEY } from './settings';
import type { StarDatabase } from './schema';
import { takeSnapshot } from './snapshots';
import { keepLosingCopies } from './versions';
import type { RecordingRecord, SettingRecord } from './types';
import { clearUnsaved, recoverUnsaved } from './unsaved';

export type { ImportMode } from './import-plan';

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

function table(db: StarDatabase, name: BackupTable): Table<StoredRecord, string> {
	return db.table(name);
}

/** Reads every table; call inside a transaction over all tables for a consistent copy. */
async function readTables(db: StarDatabase): Promise<StoredData> {
	const rows = await Promise.all(BACKUP_TABLES.map((name) => table(db, name).toArray()));
	return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, rows[i]])) as StoredData;
}

/** The validation and base64 code, loaded on first use. */
const format = () => import('./backup-format');

async function encodeBlob(blob: Blob): Promise<EncodedBlob> {
	const { encodeBase64 } = await format();
	return { type: blob.type, base64: encodeBase64(new Uint8Array(await blob.arrayBuffer())) };
}

/** A backup as the file to download: proven to import again. */
export interface BackupFile {
	backup: Backup;
	/** The JSON file, exactly as an import will read it. */
	file: Blob;
	/** Its download name, by local date and time. */
	name: string;
}

/**
 * Everything on the device as one backup file, recordings base64-encoded, read in one read
 * transaction so the tables agree with each other. Before handing it out, the file goes through
 * the very checks an import makes (size, JSON, every record): a backup that would not import
 * again is never made, and a BackupError says why. Then records `lastBackupAt` (= `exportedAt`,
 * a setting the backup includes). With a `passphrase`, the proven file is then encrypted
 * (backup-crypto.ts); `backup` stays the plain one. Throws StorageUnavailableError if the
 * database cannot be opened, or Dexie's error if a read fails.
 */
export async function exportBackup(
	now: Date = new Date(),
	{ passphrase }: { passphrase?: string } = {}
): Promise<BackupFile> {
	const db = await getDatabase();
	const exportedAt = now.toISOString();
	const stored = await db.transaction('r', db.tables, () => readTables(db));
	const recordings = [];
	for (const r of stored.recordings) recordings.push({ ...r, blob: await encodeBlob(r.blob) });
	const previous = stored.settings.find((s) => s.key === LAST_BACKUP_KEY);
	const lastBackup: SettingRecord = {
		key: LAST_BACKUP_KEY,
		value: exportedAt,
		createdAt: previous?.createdAt ?? exportedAt,
		updatedAt: exportedAt
	};
	const settings = stored.settings.filter((s) => s.key !== LAST_BACKUP_KEY).concat(lastBackup);
	const backup: Backup = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt,
		device: deviceId(),
		data: { ...stored, recordings, settings }
	};
	const proven = await provenFile(backup);
	const file = passphrase ? await encrypted(proven, passphrase) : proven;
	await db.settings.put(lastBackup);
	return { backup, file, name: backupFileName(now) };
}

const CANNOT_EXPORT = 'This backup could not be made so that it imports again, so none was saved';

/** `backup` as its JSON file, once readBackupFile (the import's own reader) accepts it. */
async function provenFile(backup: Backup): Promise<Blob> {
	const tooMuch = (size: string) =>
		`${CANNOT_EXPORT}: everything here makes ${size} of backup, and the limit is ` +
		`${BACKUP_LIMITS.fileBytes / MB} MB. Delete some practice recordings, then export again.`;
	let text: string;
	try {
		text = JSON.stringify(backup);
	} catch (e) {
		// Past the longest string the browser can build.
		throw new BackupError(tooMuch('more than 500 MB'), [], { cause: e });
	}
	const file = new Blob([text], { type: 'application/json' });
	if (file.size > BACKUP_LIMITS.fileBytes)
		throw new BackupError(tooMuch(`${(file.size / MB).toFixed(1)} MB`));
	const checked = await readBackupFile(file);
	if (!checked.ok) throw new BackupError(`${CANNOT_EXPORT}: ${checked.errors[0]}`, checked.errors);
	return file;
}

/** `file` sealed with `passphrase`, if the sealed file is still small enough to import. */
async function encrypted(file: Blob, passphrase: string): Promise<Blob> {
	const { encryptBackupText } = await import('./backup-crypto');
	const sealed = new Blob([await encryptBackupText(await file.text(), passphrase)], {
		type: 'application/json'
	});
	if (sealed.size > BACKUP_LIMITS.fileBytes)
		throw new BackupError(
			`${CANNOT_EXPORT}: encrypted, it would be ${(sealed.size / MB).toFixed(1)} MB, over the ` +
				`${BACKUP_LIMITS.fileBytes / MB} MB limit. Export it without a passphrase, or delete ` +
				'some practice recordings first.'
		);
	return sealed;
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
 * reading it, then parses and validates it (see parseBackupFile; `passphrase` opens an
 * encrypted one). Never writes; rejects only if the browser cannot read the file.
 */
export async function readBackupFile(file: Blob, passphrase?: string): Promise<BackupValidation> {
	if (file.size === 0) return { ok: false, errors: [EMPTY] };
	if (file.size > BACKUP_LIMITS.fileBytes) return { ok: false, errors: [tooBig(file.size)] };
	return parseBackupFile(await file.text(), passphrase);
}

const LOCKED = 'This backup is encrypted: enter its passphrase to open it.';

/**
 * Parses and validates a backup file's text. Gives one clear message for an empty file, a file
 * over the size limit (checked before parsing, by its length in characters), text that is not
 * JSON, and JSON cut off part-way (an interrupted download); otherwise validateBackup's result.
 * An encrypted file is `locked` until `passphrase` opens it; a wrong passphrase is `locked`
 * again, a damaged file is not. Writes nothing; never rejects.
 */
export async function parseBackupFile(
	text: string,
	passphrase?: string
): Promise<BackupValidation> {
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
	const { isEncrypted, decryptBackup, DecryptError } = await import('./backup-crypto');
	if (isEncrypted(json)) {
		if (passphrase === undefined) return { ok: false, errors: [LOCKED], locked: true };
		try {
			const inner = await decryptBackup(json, passphrase);
			const opened = await parseBackupFile(inner);
			return opened.ok || !opened.locked ? opened : fail('This backup is encrypted twice.');
		} catch (e) {
			if (!(e instanceof DecryptError)) throw e;
			return { ok: false, errors: [e.message], locked: e.reason === 'passphrase' };
		}
	}
	return (await format()).validateBackup(json);
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

/**
 * Per table, what a merge would do with the backup's records: new, unchanged, newer here
 * (kept), newer in the backup (taken), changed on both (the newer kept, the other as a version),
 * and how many records only this device has. Replace takes every backup copy that differs.
 */
export type ImportPreview = Record<BackupTable, TableCounts>;

/**
 * What importing `backup` by merge would do, per table, by the very rule the import uses
 * (planImport), against the device's records read in one read transaction. Writes nothing.
 * Throws StorageUnavailableError if the database cannot be opened.
 */
export async function previewImport(backup: Backup): Promise<ImportPreview> {
	const db = await getDatabase();
	const { base64Bytes } = await format();
	const comparable = comparableWith(base64Bytes);
	const current = await db.transaction('r', db.tables, () => readTables(db));
	const asCompared = (data: BackupData | StoredData) =>
		Object.fromEntries(
			BACKUP_TABLES.map((name) => [
				name,
				(data[name] as unknown as Record<string, unknown>[]).map((r) => comparable(name, r))
			])
		) as unknown as StoredData;
	return planImport(asCompared(current), asCompared(backup.data), {
		mode: 'merge',
		fromThisDevice: backup.device === deviceId()
	}).counts;
}

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
	/** The snapshot of the records the import changed or removed; none when it changed nothing. */
	snapshotId: string | undefined;
	/** Records written, per table. */
	written: Record<BackupTable, number>;
}

/**
 * Imports a backup. Validates it again first (a BackupError listing the problems, nothing
 * written). Edits other pages left unsaved go into the database first (so none is replayed over
 * the import later, and the snapshot keeps them). Then in ONE transaction over every table:
 * plans the import (planImport: a record the same on both sides is left alone), snapshots the
 * device's copies of the records it changes or removes (kind 'all', reason 'before-import', see
 * ImportSnapshotData; none when nothing changes), and writes. `merge` goes by what is newer,
 * record by record, keeping records only the device has; where both sides changed an answer,
 * a story or a narrative section, the losing copy becomes a version (versions.ts). `replace`
 * takes every backup copy and removes what only the device has, snapshots excepted. All or nothing: if any write fails the transaction aborts, the
 * database is exactly as before (no snapshot either), and a BackupError says so, with the cause
 * attached. Throws StorageUnavailableError if the database cannot be opened.
 */
export async function importBackup(
	backup: Backup,
	{ mode }: { mode: ImportMode }
): Promise<ImportResult> {
	const { validateBackup, decodeBase64 } = await format();
	const checked = validateBackup(backup);
	if (!checked.ok)
		throw new BackupError(`This backup cannot be imported: ${checked.errors[0]}`, checked.errors);
	const data = checked.backup.data;
	let incoming: StoredData;
	try {
		// Decoded before the transaction: IndexedDB commits a transaction left waiting on other work.
		const recordings: RecordingRecord[] = data.recordings.map(({ blob, ...r }) => ({
			...r,
			blob: new Blob([decodeBase64(blob.base64)], { type: blob.type })
		}));
		incoming = { ...data, recordings };
	} catch (e) {
		throw new BackupError('This backup cannot be imported: a recording is damaged.', [], {
			cause: e
		});
	}

	const db = await getDatabase();
	await recoverUnsaved(db);
	try {
		return await db.transaction('rw', db.tables, async () => {
			const plan = planImport(await readTables(db), incoming, {
				mode,
				fromThisDevice: checked.backup.device === deviceId()
			});
			const old = plan.overwritten;
			let snapshotId: string | undefined;
			if (BACKUP_TABLES.some((name) => old[name].length > 0)) {
				const snapshot: ImportSnapshotData = {
					backupVersion: BACKUP_VERSION,
					tables: {
						answers: old.answers,
						stories: old.stories,
						narrative: old.narrative,
						attempts: old.attempts,
						cards: old.cards,
						questions: old.questions,
						interviews: old.interviews,
						readiness: old.readiness,
						settings: old.settings
					},
					recordings: old.recordings.map(withoutAudio)
				};
				snapshotId = await takeSnapshot(db, {
					kind: 'all',
					name: `Before importing the backup of ${checked.backup.exportedAt.slice(0, 10)}`,
					reason: 'before-import',
					data: snapshot
				});
			}
			for (const name of BACKUP_TABLES) {
				await table(db, name).bulkDelete(plan.remove[name]);
				await table(db, name).bulkPut(plan.put[name]);
				await table(db, name).bulkPut(plan.seen[name]);
			}
			await keepLosingCopies(db, plan.versions, checked.backup.exportedAt.slice(0, 10));
			const written = Object.fromEntries(
				BACKUP_TABLES.map((name) => [name, plan.put[name].length])
			) as Record<BackupTable, number>;
			return { snapshotId, written };
		});
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
 * transaction, and every unsaved edit any page stashed. No snapshot can guard this, so the
 * caller must pass the backup file it has just exported and saved (exportBackup): deletion
 * goes ahead only if that file imports again (the import's own checks) and holds every stored
 * record exactly as it is now. Otherwise throws a BackupError and deletes nothing. There is
 * deliberately no way to delete without a backup. The connection stays open; the next reads
 * see empty tables.
 */
export async function deleteAllData({ file }: { file: Blob }): Promise<void> {
	const checked = await readBackupFile(file);
	if (!checked.ok)
		throw new BackupError(
			`Nothing was deleted: this backup would not import again (${checked.errors[0]}).`,
			checked.errors
		);
	const data = checked.backup.data;
	const { base64Bytes } = await format();
	const comparable = comparableWith(base64Bytes);
	const inBackup = new Map(
		BACKUP_TABLES.map((name) => {
			const keyField = BACKUP_KEYS[name];
			const rows = data[name] as unknown as Record<string, unknown>[];
			return [name, new Map(rows.map((r) => [r[keyField], comparable(name, r)]))];
		})
	);
	const db = await getDatabase();
	await recoverUnsaved(db);
	await db.transaction('rw', db.tables, async () => {
		const missing: string[] = [];
		for (const name of BACKUP_TABLES) {
			const keyField = BACKUP_KEYS[name];
			await table(db, name).each((row) => {
				const record = row as unknown as Record<string, unknown>;
				const copy = inBackup.get(name)!.get(record[keyField]);
				if (!copy || !sameRecord(comparable(name, record), copy))
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
		// Tables left out of backups on purpose (an unrated answer's audio) go too.
		for (const name of LOCAL_ONLY_TABLES) await db.table(name).clear();
	});
	clearUnsaved();
}

/** A record, stored or from a backup, to compare with sameRecord: audio by type and size. */
const comparableWith =
	(base64Bytes: (b: string) => number) =>
	(name: BackupTable, record: Record<string, unknown>): object => {
		if (name !== 'recordings') return record;
		const blob = record.blob as Blob | EncodedBlob;
		const bytes = blob instanceof Blob ? blob.size : base64Bytes(blob.base64);
		return { ...record, blob: { type: blob.type, bytes } };
	};

/**
 * The user's answers, custom questions, stories and narrative, read in one transaction, ready
 * for markdownAnswerBook (add the content's narrative sections for titles). Writes nothing.
 */
export async function loadAnswerBookData(): Promise<
	Pick<
		AnswerBookData,
		'answers' | 'stories' | 'narrative' | 'questions' | 'interviews' | 'readiness' | 'attempts'
	>
> {
	const db = await getDatabase();
	const tables = [
		db.answers,
		db.stories,
		db.narrative,
		db.questions,
		db.interviews,
		db.readiness,
		db.attempts
	];
	return db.transaction('r', tables, async () => ({
		answers: await db.answers.toArray(),
		stories: await db.stories.toArray(),
		narrative: await db.narrative.toArray(),
		questions: await db.questions.toArray(),
		interviews: await db.interviews.toArray(),
		readiness: await db.readiness.toArray(),
		// Only what the book shows: attempts with a transcript.
		attempts: await db.attempts.filter((a) => a.transcript !== undefined).toArray()
	}));
}
