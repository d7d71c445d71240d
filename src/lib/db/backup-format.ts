/**
 * The backup file format and its validation. Pure: no Dexie, no DOM beyond `atob`/`btoa`.
 * `validateBackup` checks everything before anything is written; `backup.ts` does the writing
 * and loads this module (and the schema library with it) only when a backup is read or made.
 */
import {
	BACKUP_FORMAT,
	BACKUP_KEYS,
	BACKUP_TABLES,
	BACKUP_VERSION,
	type BackupTable
} from './backup-tables';
import {
	dateTimeProblem,
	found,
	isPlainObject,
	quote,
	tableProblems,
	type BackupData
} from './backup-schema';
import { BACKUP_LIMITS as L, count } from './limits';

export { BACKUP_FORMAT, BACKUP_KEYS, BACKUP_TABLES, BACKUP_VERSION } from './backup-tables';
export type { BackupTable } from './backup-tables';
export type { BackupData, BackupRecording, EncodedBlob } from './backup-schema';

/** Sizes past which a backup is refused; the app never stores or exports past them. */
export { BACKUP_LIMITS } from './limits';

/** One backup file. A validated backup always has `version === BACKUP_VERSION` and every table. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	/** The device that made it (an id of that browser), when it says. */
	device?: string;
	data: BackupData;
}

/** What a valid file holds, for "this backup from 1 May has 40 answers…" before importing. */
export interface BackupSummary {
	/** The version the file was written in (it has been upgraded to BACKUP_VERSION). */
	fromVersion: number;
	exportedAt: string;
	counts: Record<BackupTable, number>;
	records: number;
	/** Total size of the recordings' audio. */
	audioBytes: number;
}

export type BackupValidation =
	| { ok: true; backup: Backup; summary: BackupSummary }
	/** `locked`: the file is encrypted and needs (another try at) its passphrase. */
	| { ok: false; errors: string[]; locked?: boolean };

/** A backup of any version whose envelope has been checked but whose tables have not. */
export interface VersionedBackup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	data: Record<string, unknown>;
}

/**
 * Turns the tables of version n into those of version n + 1. It sees unvalidated JSON, so it
 * must reshape only what is there and never throw: `validateBackup` checks the result.
 */
export type BackupUpgrade = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps, keyed by the version they upgrade from. Version 2 would add e.g.
 * `1: (data) => ({ ...data, answers: mapRecords(data.answers, (a) => ({ tags: [], ...a })) })`.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {};

/**
 * Maps a backup written by an older version of the app to the current shape, one step at a
 * time. Pure and does not validate; throws if the version is newer than `target` or a step is
 * missing (a programming error). `upgrades` and `target` are for tests.
 */
export function upgradeBackup(
	backup: VersionedBackup,
	upgrades: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
	target: number = BACKUP_VERSION
): VersionedBackup {
	if (backup.version > target)
		throw new Error(`backup version ${backup.version} is newer than ${target}`);
	let data = backup.data;
	for (let version = backup.version; version < target; version++) {
		const step = upgrades[version];
		if (!step) throw new Error(`no upgrade from backup version ${version}`);
		data = step(data);
	}
	return { ...backup, version: target, data };
}

/** For upgrade steps: applies `step` to each record of a table, leaving anything else as it is. */
export function mapRecords(
	table: unknown,
	step: (record: Record<string, unknown>) => Record<string, unknown>
): unknown {
	return Array.isArray(table) ? table.map((r) => (isPlainObject(r) ? step(r) : r)) : table;
}

// ---- Validation ----

/** At most BACKUP_LIMITS.errors problems, then a line saying the list stops there. */
function capped(problems: string[]): string[] {
	return problems.length < L.errors
		? problems
		: [...problems.slice(0, L.errors), `(stopped after ${L.errors} problems)`];
}

/** Bytes that well-formed base64 of this length decodes to. */
export function base64Bytes(b: string): number {
	return (b.length / 4) * 3 - (b.endsWith('==') ? 2 : b.endsWith('=') ? 1 : 0);
}

/**
 * Checks a parsed backup file completely: envelope (format tag, version 1..BACKUP_VERSION,
 * export date), then every table and record — required fields and their types, ranges, ids,
 * duplicate keys, sizes, base64. Older versions are upgraded first. Tables missing from the file
 * count as empty. Text is never rejected for what it says (markup is stored as text). Lists at
 * most BACKUP_LIMITS.errors problems, each naming table, record index, field (and key when
 * known), e.g. `answers[3].situation must be text, not null (questionId "x")`. Pure; never
 * throws. The returned backup is the input (upgraded), not a copy.
 */
export function validateBackup(json: unknown): BackupValidation {
	const fail = (...errors: string[]): BackupValidation => ({ ok: false, errors });
	if (!isPlainObject(json))
		return fail(`This is not a STAR practice backup: the file holds ${found(json)}, not a backup.`);
	if (json.format !== BACKUP_FORMAT)
		return fail(
			json.format === undefined
				? `This is not a STAR practice backup: it has no "format": "${BACKUP_FORMAT}".`
				: `This is not a STAR practice backup: its format is ${quote(json.format)}, not "${BACKUP_FORMAT}".`
		);
	const version = json.version;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return fail(`version must be a whole number, not ${found(version)}.`);
	if (version > BACKUP_VERSION)
		return fail(
			`This backup was made by a newer version of the app (backup version ${version}; this ` +
				`version reads up to ${BACKUP_VERSION}). Reload the app while online to update it, ` +
				'then import again.'
		);
	if (version < 1) return fail(`version must be from 1 to ${BACKUP_VERSION}, not ${version}.`);

	const problems: string[] = [];
	const exportProblem = dateTimeProblem(json.exportedAt);
	if (exportProblem) problems.push(`exportedAt ${exportProblem}`);
	if (json.data === undefined)
		return fail(...problems, 'data is missing: this backup holds no tables');
	if (!isPlainObject(json.data))
		return fail(...problems, `data must be an object of tables, not ${found(json.data)}`);
	let upgraded: VersionedBackup;
	try {
		upgraded = upgradeBackup({ ...json, data: json.data } as VersionedBackup);
	} catch (e) {
		return fail(
			...problems,
			`This backup could not be upgraded from version ${version}: ${String(e)}`
		);
	}
	const data = upgraded.data;
	for (const name of Object.keys(data))
		if (!Object.hasOwn(BACKUP_KEYS, name) && data[name] !== undefined)
			problems.push(
				`data.${name} is not a table this app knows (a newer version of the app may have made this backup)`
			);
	let total = 0;
	for (const name of BACKUP_TABLES) {
		const rows = data[name];
		if (!Array.isArray(rows)) continue;
		total += rows.length;
		if (rows.length > L.recordsPerTable)
			problems.push(
				`data.${name} has too many records (${count(rows.length)}; the limit is ${count(L.recordsPerTable)})`
			);
	}
	if (total > L.recordsTotal)
		problems.push(
			`This backup has too many records (${count(total)}; the limit is ${count(L.recordsTotal)})`
		);
	if (problems.length) return fail(...capped(problems));

	for (const name of BACKUP_TABLES) {
		if (data[name] !== undefined)
			problems.push(...tableProblems(name, BACKUP_KEYS[name], data[name]));
		if (problems.length >= L.errors) break;
	}
	if (problems.length) return fail(...capped(problems));

	// Valid: the records are the file's own objects (the checks copy nothing).
	const tables = Object.fromEntries(
		BACKUP_TABLES.map((name) => [name, data[name] ?? []])
	) as unknown as BackupData;
	const counts = Object.fromEntries(
		BACKUP_TABLES.map((name) => [name, tables[name].length])
	) as Record<BackupTable, number>;
	const backup: Backup = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: json.exportedAt as string,
		...(typeof json.device === 'string' && json.device.length <= L.idChars
			? { device: json.device }
			: {}),
		data: tables
	};
	return {
		ok: true,
		backup,
		summary: {
			fromVersion: version,
			exportedAt: backup.exportedAt,
			counts,
			records: Object.values(counts).reduce((a, b) => a + b, 0),
			audioBytes: tables.recordings.reduce((n, r) => n + base64Bytes(r.blob.base64), 0)
		}
	};
}

// ---- Base64 ----

/** Bytes to base64, in chunks so a long recording does not overflow the call stack. */
export function encodeBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Base64 to bytes; throws a DOMException on malformed input (validateBackup rules that out). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
