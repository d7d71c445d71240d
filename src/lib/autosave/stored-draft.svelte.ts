import { onMount, untrack } from 'svelte';
import type { EditorSpec } from '$lib/db/editor-spec';
import { Live } from '$lib/db/live.svelte';
import { Stash } from '$lib/db/unsaved';
import { Draft } from './draft.svelte';
import { saveWhenPageHides } from './page-lifecycle';

/** Runs `task` once the page is idle (or soon, where the browser cannot say); returns a cancel. */
function whenIdle(task: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 500);
	return () => clearTimeout(id);
}

/**
 * An editor over one stored record, as every editor in the app needs it: a Draft that saves
 * through the table's editor spec, stashes every unsaved edit at once, takes in the live record
 * (so other tabs' edits arrive), and flushes when the page hides. Call during component
 * initialisation. `afterWrite` runs after each successful save.
 */
export function storedDraft<F extends Record<string, unknown>, R extends object>(
	spec: EditorSpec<F, R>,
	afterWrite?: () => void
): { draft: Draft<F>; stored: Live<R | undefined> } {
	const stash = new Stash(spec.target);
	const draft = new Draft<F>(
		spec.empty,
		async (patch) => {
			const updatedAt = await spec.write(patch);
			afterWrite?.();
			return updatedAt;
		},
		{ stash }
	);
	const stored = new Live<R | undefined>(() => spec.query);
	$effect(() => {
		if (!stored.loaded) return;
		const record = stored.current;
		untrack(() =>
			draft.receive(
				record && (spec.fields ? spec.fields(record) : (record as Partial<F>)),
				(record as { updatedAt?: string } | undefined)?.updatedAt
			)
		);
		// A long text's stash base is written while the page is idle, not by its first keystroke.
		return whenIdle(() => stash.prepare(untrack(() => draft.fields)));
	});
	onMount(() => {
		const stop = saveWhenPageHides(draft.queue);
		return () => {
			stop();
			stash.release();
		};
	});
	return { draft, stored };
}
