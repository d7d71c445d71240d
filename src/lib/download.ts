/** Hands `blob` to the browser as a download named `name`. */
export function downloadFile(name: string, blob: Blob) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: the download reads the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
