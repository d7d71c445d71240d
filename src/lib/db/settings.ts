import { getDatabase } from './open';
import type { StarDatabase } from './schema';

/** When the user last exported a backup (ISO date). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** Stores one setting (any JSON-like value) under `key`. */
export async function saveSetting(key: string, value: unknown): Promise<void> {
	const db = await getDatabase();
	await db.transaction('rw', db.settings, async () => {
		const now = new Date().toISOString();
		const stored = await db.settings.get(key);
		await db.settings.put({ createdAt: now, ...stored, key, value, updatedAt: now });
	});
}

/** Removes a setting (e.g. a finished practice round). */
export async function deleteSetting(key: string): Promise<void> {
	await (await getDatabase()).settings.delete(key);
}

/** Reads a setting once; undefined when it was never set. */
export async function readSetting<T>(key: string): Promise<T | undefined> {
	return (await (await getDatabase()).settings.get(key))?.value as T | undefined;
}

/** Live query: one setting's value. */
export const settingQuery =
	<T>(key: string) =>
	async (db: StarDatabase) =>
		(await db.settings.get(key))?.value as T | undefined;
