/** Values compare by content: arrays of theme ids arrive as new arrays on every read. */
export function sameValue(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Takes a stored record (first load, or a change made in another tab) into an open editor, per
 * field: a field the user has not touched since it was last in sync takes the stored value; a
 * field with local edits keeps them (they are queued and will be written, so the later edit
 * wins per field). Returns the editor's next values and the new in-sync baseline.
 */
export function mergeRemote<F extends Record<string, unknown>>(
	local: F,
	synced: F,
	remote: Partial<F>
): { local: F; synced: F } {
	const nextLocal = { ...local };
	const nextSynced = { ...synced };
	for (const key of Object.keys(local) as (keyof F)[]) {
		if (!(key in remote)) continue;
		const value = remote[key] as F[keyof F];
		if (sameValue(local[key], synced[key])) nextLocal[key] = value;
		nextSynced[key] = value;
	}
	return { local: nextLocal, synced: nextSynced };
}
