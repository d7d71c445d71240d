/** Values compare by content: arrays of theme ids arrive as new arrays on every read. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	// Two different strings differ; only lists and objects need a deeper look.
	return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/** A stored record as an open editor receives it. */
export interface Remote<F> {
	/** The editor's fields from the record; a field the record lacks takes its empty value. */
	fields: Partial<F>;
	/** The record's `updatedAt`: the moment of the database state it was read from. */
	updatedAt?: string;
}

/**
 * Takes a stored record (first load, or a change made anywhere) into an open editor, field by
 * field, so that the editor shows what is stored except where the user has edits not yet
 * stored. A field keeps its local value while it is `unsaved` (pending or being written), or
 * while the record was read before this editor's own last write of that field (`wroteAt`: an
 * old read arriving late). Otherwise it takes the stored value: if another tab wrote after
 * this one, its text is what is stored, and so it is what is shown.
 */
export function mergeRemote<F extends Record<string, unknown>>(
	local: F,
	empty: F,
	remote: Remote<F>,
	unsaved: ReadonlySet<string>,
	wroteAt: ReadonlyMap<string, string>
): F {
	const next = { ...local };
	for (const key of Object.keys(local) as (keyof F & string)[]) {
		if (unsaved.has(key)) continue;
		const wrote = wroteAt.get(key);
		if (wrote !== undefined && (remote.updatedAt ?? '') < wrote) continue;
		next[key] = (key in remote.fields ? remote.fields[key] : empty[key]) as F[typeof key];
	}
	return next;
}
