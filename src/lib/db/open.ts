import type { StarDatabase } from './schema';

/** Why the database could not be used, in words for the user. */
export class StorageUnavailableError extends Error {
	constructor(readonly cause: unknown) {
		super(
			'This browser will not let the app store data on this device. Private or incognito ' +
				'windows and some privacy settings block it.'
		);
		this.name = 'StorageUnavailableError';
	}
}

let opening: Promise<StarDatabase> | undefined;
let stopWatching: (() => void) | undefined;
const versionChangeListeners = new Set<() => void>();

/**
 * Opens the database once, on first use; Dexie loads with it, off the first paint.
 * Throws StorageUnavailableError if IndexedDB is missing or refuses to open; the next call retries.
 */
export function getDatabase(): Promise<StarDatabase> {
	opening ??= (async () => {
		try {
			// Both modules load at once: the stash's code is needed as soon as the database opens.
			const [{ StarDatabase }, unsaved] = await Promise.all([
				import('./schema'),
				import('./unsaved')
			]);
			const db = new StarDatabase();
			// Another tab opened a newer schema: close so it can upgrade, and tell the user.
			db.on('versionchange', () => {
				db.close();
				for (const listener of versionChangeListeners) listener();
				return false;
			});
			await db.open();
			// Edits a closed or crashed page left in its stash go in before anything reads.
			await unsaved.recoverUnsaved(db);
			stopWatching = unsaved.watchOtherTabs(db);
			return db;
		} catch (e) {
			opening = undefined;
			throw new StorageUnavailableError(e);
		}
	})();
	return opening;
}

/**
 * Starts opening the database now, for a page about to read it: its code loads and it opens
 * while the page's other data loads, not after. A failure is left to the page's own read.
 */
export function openEarly() {
	getDatabase().catch(() => {});
}

/** Closes the connection; the next getDatabase() opens a new one (tests, deleting all data). */
export async function closeDatabase() {
	const db = await opening?.catch(() => undefined);
	stopWatching?.();
	db?.close();
	opening = undefined;
}

/** Calls `listener` when another tab needs this one to let go of the database. */
export function onVersionChange(listener: () => void): () => void {
	versionChangeListeners.add(listener);
	return () => versionChangeListeners.delete(listener);
}
