import { exportBackup } from '$lib/db/backup';
import { downloadFile } from '$lib/download';

/**
 * Makes a backup of everything (encrypted when a passphrase is given) and hands it to the browser
 * as a download. Resolves to the file's name. Settings and the Safari notice both use it.
 */
export async function downloadBackup(passphrase?: string): Promise<string> {
	const { file, name } = await exportBackup(new Date(), { passphrase });
	downloadFile(name, file);
	return name;
}
