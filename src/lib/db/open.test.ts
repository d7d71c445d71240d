import { describe, expect, it, vi } from 'vitest';
import { closeDatabase, getDatabase, StorageUnavailableError } from './open';
import { StarDatabase } from './schema';
import { useFreshDatabase } from './test-db';

useFreshDatabase();

describe('getDatabase', () => {
	it('opens the schema once and shares the connection', async () => {
		const [a, b] = await Promise.all([getDatabase(), getDatabase()]);
		expect(a).toBe(b);
		expect(a.tables.map((t) => t.name).sort()).toEqual([
			'answers',
			'attempts',
			'cards',
			'interviews',
			'narrative',
			'questions',
			'readiness',
			'recordings',
			'settings',
			'snapshots',
			'stories',
			'unrated'
		]);
	});

	it('keeps what it stores across connections', async () => {
		const db = await getDatabase();
		const now = new Date().toISOString();
		await db.settings.put({ key: 'k', value: 1, createdAt: now, updatedAt: now });
		const other = new StarDatabase();
		expect((await other.settings.get('k'))?.value).toBe(1);
		other.close();
	});

	it('reports a database that cannot be opened in words, and retries next time', async () => {
		// As some private modes do: IndexedDB exists but refuses to open.
		const refuse = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
		});
		await closeDatabase();
		const failure = getDatabase();
		await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
		await expect(failure).rejects.toThrow('will not let the app store data');
		refuse.mockRestore();
		await expect(getDatabase()).resolves.toBeInstanceOf(StarDatabase);
	});
});
