/**
 * Asking the browser to keep this site's data: without persistent storage it may clear
 * IndexedDB to free space, and the user's answers live nowhere else. Every function here
 * resolves (undefined where the browser cannot say) and never rejects, so callers can
 * `void` them.
 */

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

function storage(): StorageManagerLike | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether the browser has promised to keep the data; undefined if it cannot say. */
export async function isStoragePersisted(): Promise<boolean | undefined> {
	try {
		return (await storage()?.persisted?.()) ?? undefined;
	} catch {
		return undefined;
	}
}

let request: Promise<boolean | undefined> | undefined;

/**
 * Asks for persistent storage now (the user pressed a button). Chrome decides silently from
 * how the site is used; Firefox asks the user. Resolves to whether storage is persistent after.
 */
export function requestPersistence(): Promise<boolean | undefined> {
	request = (async () => {
		try {
			const manager = storage();
			if (!manager?.persist) return undefined;
			if (await manager.persisted?.()) return true;
			return await manager.persist();
		} catch {
			return undefined;
		}
	})();
	return request;
}

/**
 * Asks for persistent storage at most once per page load (an earlier requestPersistence counts).
 * Call it after the first saved answer: Firefox shows a permission prompt for each request, so
 * asking on every save would nag. Resolves to whether storage is persistent.
 */
export function requestPersistenceOnce(): Promise<boolean | undefined> {
	return request ?? requestPersistence();
}

/** Bytes this site stores on the device (IndexedDB, caches…); undefined if the browser cannot say. */
export async function storageUsage(): Promise<number | undefined> {
	try {
		return (await storage()?.estimate?.())?.usage;
	} catch {
		return undefined;
	}
}
