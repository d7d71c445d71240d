import { onMount, untrack } from 'svelte';
import { Live } from '$lib/db/live.svelte';
import type { StarDatabase } from '$lib/db/schema';
import { Draft } from './draft.svelte';
import { saveWhenPageHides } from './page-lifecycle';

/**
 * An editor over one stored record, as every editor in the app needs it: a Draft that saves
 * through `write`, fed by a live query of the record (so other tabs' edits arrive), flushed and
 * stashed when the page hides. Call during component initialisation.
 */
export function storedDraft<F extends Record<string, unknown>, R extends object>(options: {
	empty: F;
	write: (patch: Partial<F>) => Promise<void>;
	query: (db: StarDatabase) => Promise<R | undefined>;
	stashKey: string;
	/** The editor's fields from the stored record, when they are not simply its own. */
	fields?: (record: R) => Partial<F>;
}): { draft: Draft<F>; stored: Live<R | undefined> } {
	const draft = new Draft<F>(options.empty, options.write, { stashKey: options.stashKey });
	const stored = new Live<R | undefined>(() => options.query);
	$effect(() => {
		if (!stored.loaded) return;
		const record = stored.current;
		untrack(() =>
			draft.receive(record && (options.fields ? options.fields(record) : (record as Partial<F>)))
		);
	});
	onMount(() => saveWhenPageHides(draft.queue));
	return { draft, stored };
}
