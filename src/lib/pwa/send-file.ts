/**
 * Hands a file to another device: through the system share sheet (Web Share with files) where
 * the browser can share files, as a download otherwise. Pure apart from the two doors it is given.
 */

export type SendOutcome = 'shared' | 'cancelled' | 'downloaded';

/** The part of `navigator` this needs, so tests can stand in for it. */
export interface Sharer {
	canShare?: (data: ShareData) => boolean;
	share?: (data: ShareData) => Promise<void>;
}

/**
 * Shares `file` when the browser says it can share it; a share the user dismisses is
 * 'cancelled' (nothing downloaded). Downloads it when sharing files is not supported, or when
 * the browser refuses the share for another reason (e.g. the tap's permission ran out while the
 * backup was being made).
 */
export async function sendFile(
	file: File,
	download: (file: File) => void,
	sharer: Sharer | undefined = typeof navigator === 'undefined' ? undefined : navigator
): Promise<SendOutcome> {
	const data: ShareData = { files: [file], title: file.name };
	if (sharer?.share && sharer.canShare?.(data)) {
		try {
			await sharer.share(data);
			return 'shared';
		} catch (e) {
			if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
		}
	}
	download(file);
	return 'downloaded';
}
