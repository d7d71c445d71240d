/**
 * Where a backup's records meet the device's: what an import writes, removes, overwrites and
 * keeps as a version. Pure. The rule for one record lives in `meet`.
 *
 * Merging is by what is newer, told apart with each record's `mergedAt`: the `updatedAt` of the
 * copy the record was last merged with (set on import). A copy whose stamp equals the other
 * side's `mergedAt` has been seen there, so the other side simply builds on it; only when both
 * sides changed since they last met does the newer win and the other become a version.
 */
import type { BackupData } from './backup-format';
import { BACKUP_KEYS, BACKUP_TABLES, type BackupTable } from './backup-tables';
import type {
	AnswerRecord,
	CardRecord,
	NarrativeRecord,
	RecordingRecord,
	StoryRecord,
	Timestamps
} from './types';

/** The tables as stored: like BackupData, with recordings holding real Blobs. */
export type StoredData = Omit<BackupData, 'recordings'> & { recordings: RecordingRecord[] };
export type StoredRecord = StoredData[BackupTable][number];
export type ImportMode = 'merge' | 'replace';

/** What became of one backup record in a merge. */
export type Outcome = 'new' | 'unchanged' | 'newerHere' | 'newerInBackup' | 'changedOnBoth';

/** Per table: how many backup records had each outcome, and how many only the device has. */
export type TableCounts = Record<Outcome | 'onlyHere', number>;

/** Tables whose losing copy in a "changed on both" becomes a version the user can restore. */
export const VERSIONED = ['answers', 'stories', 'narrative'] as const;
export type VersionedTable = (typeof VERSIONED)[number];

/** A copy that lost a "changed on both" merge, kept as a version; `from` says whose it was. */
export type LosingCopy = { from: 'device' | 'backup' } & (
	| { table: 'answers'; record: AnswerRecord }
	| { table: 'stories'; record: StoryRecord }
	| { table: 'narrative'; record: NarrativeRecord }
);

export interface ImportPlan {
	/** The backup's copies to write, per table. */
	put: StoredData;
	/** Device copies kept over the backup's, with `mergedAt` now naming the copy they beat. */
	seen: StoredData;
	/** Keys to delete, per table (replace mode: what only the device had; never snapshots). */
	remove: Record<BackupTable, string[]>;
	/** The device's copies of the records whose content `put` changes or `remove` deletes. */
	overwritten: StoredData;
	/** Losing copies of answers, stories and narrative sections changed on both sides. */
	versions: LosingCopy[];
	/** Per table, what the import does: the preview shows these. */
	counts: Record<BackupTable, TableCounts>;
}

export interface ImportOptions {
	mode: ImportMode;
	/** The backup was made on this device: its copies are this device's own past states. */
	fromThisDevice?: boolean;
}

const emptyTables = <T>(make: () => T) =>
	Object.fromEntries(BACKUP_TABLES.map((name) => [name, make()])) as Record<BackupTable, T>;

type Stamped = Timestamps & Record<string, unknown>;

/** Which copy an import keeps, and what to call it. */
interface Meeting {
	outcome: Exclude<Outcome, 'new' | 'unchanged'>;
	keep: 'device' | 'backup';
}

/**
 * The merge rule for one record on both sides with different content. Pure; `mine` is the
 * device's copy, `theirs` the backup's.
 */
export function meet(
	name: BackupTable,
	mine: Stamped,
	theirs: Stamped,
	fromThisDevice = false
): Meeting {
	const here = (outcome: Meeting['outcome'] = 'newerHere'): Meeting => ({
		outcome,
		keep: 'device'
	});
	const there = (outcome: Meeting['outcome'] = 'newerInBackup'): Meeting => ({
		outcome,
		keep: 'backup'
	});
	// A review card is its review history: the one with more reviews has seen the other's.
	if (name === 'cards')
		return moreReviewed(mine as unknown as CardRecord, theirs as unknown as CardRecord)
			? here()
			: there();
	// One side has already seen the other's copy and built on it.
	if (theirs.updatedAt === mine.mergedAt) return here();
	if (mine.updatedAt === theirs.mergedAt) return there();
	// The device's own older backup: its copies are where this device's came from.
	if (fromThisDevice && mine.updatedAt > theirs.updatedAt) return here();
	// A copy untouched since it arrived from the other device, which then edited its own.
	if (theirs.mergedAt === theirs.updatedAt && mine.updatedAt > theirs.updatedAt) return here();
	if (mine.mergedAt === mine.updatedAt && theirs.updatedAt > mine.updatedAt) return there();
	// Changed on both since they met: the newer wins; a tie goes to the larger content, so
	// both devices pick the same copy whichever imports first.
	const newer =
		mine.updatedAt !== theirs.updatedAt
			? mine.updatedAt > theirs.updatedAt
			: canonical(content(mine)) > canonical(content(theirs));
	return newer ? here('changedOnBoth') : there('changedOnBoth');
}

/** More reviews wins, then the later review, then the later write. */
function moreReviewed(mine: CardRecord, theirs: CardRecord): boolean {
	if (mine.reps !== theirs.reps) return mine.reps > theirs.reps;
	const [a, b] = [mine.lastReview ?? '', theirs.lastReview ?? ''];
	if (a !== b) return a > b;
	return mine.updatedAt >= theirs.updatedAt;
}

/**
 * The plan for importing `incoming` over `current`. A record the same on both sides (apart from
 * `mergedAt`) is left alone: re-importing a backup changes nothing, so it stores no copy and the
 * next backup does not grow. `merge` goes by what is newer (see `meet`) and keeps records only
 * the device has; `replace` takes every backup copy and removes records only the device has
 * (snapshots excepted: they are the user's safety copies). Never deletes in a merge: a record
 * deleted on one side comes back from the other.
 */
export function planImport(
	current: StoredData,
	incoming: StoredData,
	{ mode, fromThisDevice = false }: ImportOptions
): ImportPlan {
	const put = emptyTables<StoredRecord[]>(() => []) as StoredData;
	const overwritten = emptyTables<StoredRecord[]>(() => []) as StoredData;
	const seen = emptyTables<StoredRecord[]>(() => []) as StoredData;
	const remove = emptyTables<string[]>(() => []);
	const counts = emptyTables<TableCounts>(() => ({
		new: 0,
		unchanged: 0,
		newerHere: 0,
		newerInBackup: 0,
		changedOnBoth: 0,
		onlyHere: 0
	}));
	const versions: LosingCopy[] = [];
	for (const name of BACKUP_TABLES) {
		const key = BACKUP_KEYS[name];
		const keyOf = (r: StoredRecord) => (r as unknown as Record<string, string>)[key];
		const local = new Map<string, StoredRecord>(current[name].map((r) => [keyOf(r), r]));
		const writes = put[name] as StoredRecord[];
		const incomingKeys = new Set<string>();
		for (const record of incoming[name] as StoredRecord[]) {
			const id = keyOf(record);
			incomingKeys.add(id);
			const mine = local.get(id);
			// This device's own backup holds its past: nothing to note. Another's copy is noted as met.
			const taken = (
				fromThisDevice ? record : { ...record, mergedAt: record.updatedAt }
			) as StoredRecord;
			if (!mine) {
				counts[name].new++;
				writes.push(taken);
				continue;
			}
			if (sameRecord(content(mine), content(record))) {
				counts[name].unchanged++;
				continue;
			}
			const meeting: Meeting =
				mode === 'replace'
					? { outcome: 'newerInBackup', keep: 'backup' }
					: meet(name, mine as Stamped, record as Stamped, fromThisDevice);
			counts[name][meeting.outcome]++;
			const loser = meeting.keep === 'backup' ? mine : record;
			if (meeting.outcome === 'changedOnBoth' && isVersioned(name))
				versions.push({
					table: name,
					record: loser,
					from: meeting.keep === 'backup' ? 'device' : 'backup'
				} as LosingCopy);
			if (meeting.keep === 'backup') {
				writes.push(taken);
				(overwritten[name] as StoredRecord[]).push(mine);
			} else if (!fromThisDevice && mine.mergedAt !== record.updatedAt) {
				// Remember that this copy has been seen here, so importing it again changes nothing.
				(seen[name] as StoredRecord[]).push({
					...mine,
					mergedAt: record.updatedAt
				} as StoredRecord);
			}
		}
		for (const [id, mine] of local)
			if (!incomingKeys.has(id)) {
				counts[name].onlyHere++;
				if (mode === 'replace' && name !== 'snapshots') {
					remove[name].push(id);
					(overwritten[name] as StoredRecord[]).push(mine);
				}
			}
	}
	return { put, seen, remove, overwritten, versions, counts };
}

const isVersioned = (name: BackupTable): name is VersionedTable =>
	(VERSIONED as readonly string[]).includes(name);

/** A record without its merge bookkeeping: what the user wrote, and when. */
function content(record: object): object {
	const copy: Record<string, unknown> = { ...record };
	delete copy.mergedAt;
	return copy;
}

/**
 * Two copies of a record hold the same data: the same fields with the same values, whatever
 * their order; absent and undefined alike. Audio compares by type and size, as a Blob or as
 * base64 (a recording is never edited, only replaced under a new id).
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
