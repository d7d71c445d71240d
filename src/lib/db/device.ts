export const DEVICE_KEY = 'star-practice-device';
let fallback: string | undefined;

/**
 * This browser's id, written into every backup it makes, so an import can tell the device's own
 * older backup from another device's. Kept in localStorage, outside the database, so no backup
 * carries it to another device; where storage is unavailable, one id per page load.
 */
export function deviceId(): string {
	try {
		let id = localStorage.getItem(DEVICE_KEY);
		if (!id) {
			id = crypto.randomUUID();
			localStorage.setItem(DEVICE_KEY, id);
		}
		return id;
	} catch {
		return (fallback ??= crypto.randomUUID());
	}
}
