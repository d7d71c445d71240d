/**
 * Where a backup's records meet the device's: what an import writes, removes and overwrites.
 * Pure. The rule for one record lives in `incomingWins`; merging by what is newer changes it.
 */
import type { BackupData } from './backup-format';
import { BACKUP_KEYS, BACKUP_TABLES, type BackupTable } from './backup-tables';
import type { RecordingRecord } from './types';

/** The tables as stored: like BackupData, with recordings holding real Blobs. */
export type StoredData = Omit<BackupData, 'recordings'> & { recordings: RecordingRecord[] };
export type StoredRecord = StoredData[BackupTable][number];
export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
	/** Records to write, per table. */
	put: StoredData;
	/** Keys to delete, per table (replace mode: what only the device had; never snapshots). */
	remove: Record<BackupTable, string[]>;
	/** The device's copies of the records that `put` changes or `remove` deletes. */
	overwritten: StoredData;
}

const emptyTables = <T>(make: () => T) =>
	Object.fromEntries(BACKUP_TABLES.map((name) => [name, make()])) as Record<BackupTable, T>;

/** Whether the backup's copy of a record replaces the device's (same key, different content). */
function incomingWins(): boolean {
	return true;
}

/**
 * The plan for importing `incoming` over `current`. A record that is the same on both sides is
 * left alone: re-importing a backup changes nothing, so it stores no copy and the next backup
 * does not grow. `merge` keeps records only the device has; `replace` removes them (snapshots
 * excepted: they are the user's safety copies).
 */
export function planImport(
	current: StoredData,
	incoming: StoredData,
	mode: ImportMode
): ImportPlan {
	const put = emptyTables<StoredRecord[]>(() => []) as StoredData;
	const overwritten = emptyTables<StoredRecord[]>(() => []) as StoredData;
	const remove = emptyTables<string[]>(() => []);
	for (const name of BACKUP_TABLES) {
		const key = BACKUP_KEYS[name];
		const keyOf = (r: StoredRecord) => (r as unknown as Record<string, string>)[key];
		const local = new Map<string, StoredRecord>(current[name].map((r) => [keyOf(r), r]));
		const incomingKeys = new Set<string>();
		for (const record of incoming[name] as StoredRecord[]) {
			const id = keyOf(record);
			incomingKeys.add(id);
			const mine = local.get(id);
			if (mine && sameRecord(mine, record)) continue;
			if (mine && !incomingWins()) continue;
			(put[name] as StoredRecord[]).push(record);
			if (mine) (overwritten[name] as StoredRecord[]).push(mine);
		}
		if (mode === 'replace' && name !== 'snapshots')
			for (const [id, mine] of local)
				if (!incomingKeys.has(id)) {
					remove[name].push(id);
					(overwritten[name] as StoredRecord[]).push(mine);
				}
	}
	return { put, remove, overwritten };
}

/**
 * Two copies of a record hold the same data: the same fields with the same values, whatever
 * their order; absent and undefined alike. Audio compares by type and size (a recording is
 * never edited, only replaced under a new id).
 */
export function sameRecord(a: object, b: object): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_, v) => {
		if (v instanceof Blob) return { blob: v.type, size: v.size };
		if (v && typeof v === 'object' && !Array.isArray(v))
			return Object.fromEntries(
				Object.keys(v)
					.sort()
					.map((k) => [k, v[k]])
			);
		return v;
	});
}
