/**
 * For unit tests of the data layer: a fresh database for each test (fake-indexeddb), a reopened
 * connection as a reload would have, and a localStorage of its own.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { closeDatabase, getDatabase } from './open';
import { StarDatabase } from './schema';

// Whatever the test file imported first, Dexie uses the fake IndexedDB.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

/** Call at the top of a test file: every test starts on an empty database. */
export function useFreshDatabase() {
	afterEach(async () => {
		await closeDatabase();
		await new StarDatabase().delete();
	});
}

/** A new connection to the same data, as after a reload. */
export async function reopened(): Promise<StarDatabase> {
	await closeDatabase();
	return getDatabase();
}

/** An empty localStorage of the test's own, which it can read back. */
export function memoryStorage(): Storage & { entries: Map<string, string> } {
	const entries = new Map<string, string>();
	return {
		entries,
		get length() {
			return entries.size;
		},
		key: (i: number) => [...entries.keys()][i] ?? null,
		getItem: (k: string) => entries.get(k) ?? null,
		setItem: (k: string, v: string) => void entries.set(k, String(v)),
		removeItem: (k: string) => void entries.delete(k),
		clear: () => entries.clear()
	};
}
