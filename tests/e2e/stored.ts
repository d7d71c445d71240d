import type { Page } from '@playwright/test';

/**
 * Reads the app's IndexedDB from the page, for the few moments a test must know a write has
 * landed and the screen cannot say so (e.g. before reloading a round that started a moment ago):
 * `key` given, that record (or undefined); otherwise how many records `table` holds.
 */
export function stored(page: Page, table: string, key?: string) {
	return page.evaluate(
		([table, key]) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('star-practice');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction(table).objectStore(table);
					const request = key === undefined ? store.count() : store.get(key);
					request.onsuccess = () => {
						resolve(request.result);
						db.close();
					};
					request.onerror = () => reject(request.error);
				};
			}),
		[table, key] as const
	);
}
