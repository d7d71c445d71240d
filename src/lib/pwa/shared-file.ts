/**
 * Backups that reach the app from outside: shared to the installed app (the service worker keeps
 * the file in a cache, see src/service-worker.ts) or opened with it (file_handlers, through the
 * Launch Queue). The settings page takes them into the import preview; nothing is imported here.
 */
import { base } from '$app/paths';

const INBOX = 'star-inbox';
const INBOX_KEY = `${base}/shared-backup`;

/** Takes the file the service worker received (once: it is removed), if there is one. */
export async function takeSharedFile(): Promise<File | undefined> {
	if (typeof caches === 'undefined') return undefined;
	const inbox = await caches.open(INBOX);
	const response = await inbox.match(INBOX_KEY);
	if (!response) return undefined;
	await inbox.delete(INBOX_KEY);
	const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'shared-backup.json');
	const blob = await response.blob();
	return new File([blob], name, { type: blob.type || 'application/json' });
}

interface LaunchParams {
	files: { getFile(): Promise<File> }[];
}
interface LaunchQueue {
	setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Calls `open` with a file the user opened with the installed app, where browsers support it. */
export function onOpenedFile(open: (file: File) => void): void {
	const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
	queue?.setConsumer((params) => {
		const [handle] = params.files;
		if (handle) void handle.getFile().then(open);
	});
}
