import type { Table } from 'dexie';
import { overLimit } from './limits';
import type { StarDatabase } from './schema';

/** The tables an editor writes field by field, through a save queue and the unsaved-edit stash. */
export type EditableTable = 'answers' | 'stories' | 'narrative' | 'interviews' | 'readiness';

/** Where an edit goes: one record of one table, and how to start it when it is not there yet. */
export interface RecordTarget {
	table: EditableTable;
	key: string;
	/** The fields of a new record; without it, a missing record was deleted and is not revived. */
	empty?: object;
}

/** Thrown when an edit would make a record a backup could not hold; `message` is for the user. */
export class TooBigError extends Error {
	name = 'TooBigError';
}

/**
 * Writes `patch` over one stored record in one transaction, and returns the `updatedAt` it
 * stored. Fields set to undefined are removed (absent, so the record reads the same after a
 * backup round trip). A missing record is created from `target.empty`, or, without it, throws
 * (the record was deleted). Throws TooBigError, writing nothing, if a text or list is past the
 * backup limits.
 */
export async function patchRecord(
	db: StarDatabase,
	target: RecordTarget,
	patch: object
): Promise<string> {
	const tooBig = overLimit(patch);
	if (tooBig) throw new TooBigError(tooBig);
	const table = db.table(target.table) as Table<Record<string, unknown>, string>;
	const keyPath = table.schema.primKey.keyPath as string;
	// A plain promise chain, not async/await: inside a transaction, each `await` costs Dexie a
	// zone switch on the main thread, which the save then waits behind.
	return db.transaction('rw', table, () =>
		table.get(target.key).then((stored) => {
			if (!stored && !target.empty) throw new Error(`this ${singular[target.table]} was deleted`);
			const now = laterThan(stored?.updatedAt);
			const record: Record<string, unknown> = {
				...target.empty,
				createdAt: now,
				...stored,
				...patch,
				[keyPath]: target.key,
				updatedAt: now
			};
			for (const [field, value] of Object.entries(record))
				if (value === undefined) delete record[field];
			return table.put(record).then(() => now);
		})
	);
}

/**
 * Now, or a millisecond after `previous` if that is not earlier: each write of a record stores a
 * later `updatedAt` than the one it replaces, whatever the order two tabs' transactions ran in
 * and whatever the clock of the device that wrote `previous`. Open editors tell a stale read
 * from a newer write by this order (see mergeRemote), and backups merge by it.
 */
export function laterThan(previous: unknown, now = Date.now()): string {
	const last = typeof previous === 'string' ? Date.parse(previous) : NaN;
	return new Date(Number.isNaN(last) || last < now ? now : last + 1).toISOString();
}

const singular: Record<EditableTable, string> = {
	answers: 'answer',
	stories: 'story',
	narrative: 'narrative section',
	interviews: 'interview',
	readiness: 'readiness record'
};

/**
 * An editor's write to one record. Given `start`, the record is new and not stored yet: the
 * first write creates it from `start` (so a new record nobody typed into is never stored), and
 * later writes are those of any record (deleted meanwhile, it is not revived).
 */
export function editorWrite(
	db: () => Promise<StarDatabase>,
	target: RecordTarget,
	start?: object
): (patch: object) => Promise<string> {
	let empty = start;
	return async (patch) => {
		const updatedAt = await patchRecord(await db(), { ...target, empty }, patch);
		empty = undefined;
		return updatedAt;
	};
}
