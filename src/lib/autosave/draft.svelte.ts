import type { TextEdit } from '$lib/editing/text-delta';
import { mergeRemote, sameValue, type Remote } from './merge-remote';
import { SaveQueue, type SaveQueueOptions } from './save-queue.svelte';

/**
 * An open editor over one stored record: what is on screen, saved field by field through a
 * SaveQueue, and kept in step with the stored record: other tabs' changes arrive, and local
 * edits are kept only while they are not yet stored (see mergeRemote).
 */
export class Draft<F extends Record<string, unknown>> {
	fields = $state() as F;
	/** False until the stored record has been read; editing waits for it. */
	loaded = $state(false);
	readonly queue: SaveQueue<Partial<F>>;
	readonly #empty: F;
	/** Per field, the `updatedAt` this editor's last write of it stored (not shown: plain Map). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #wroteAt = new Map<string, string>();
	#last: Remote<F> | undefined;

	/** `write` stores a patch and resolves with the record's new `updatedAt`. */
	constructor(
		empty: F,
		write: (patch: Partial<F>) => Promise<string | void>,
		options?: SaveQueueOptions
	) {
		this.#empty = empty;
		this.fields = { ...empty };
		this.queue = new SaveQueue(write, {
			...options,
			onStored: (patch, updatedAt) => {
				if (typeof updatedAt !== 'string') return;
				for (const key of Object.keys(patch)) this.#wroteAt.set(key, updatedAt);
				// A newer read may have arrived while the write was out: take it in now.
				if (this.#last) this.#merge(this.#last);
			}
		});
	}

	/** Takes in the stored record (or `undefined` when there is none, or none any more). */
	receive(stored: Partial<F> | undefined, updatedAt?: string) {
		if (stored) this.#merge((this.#last = { fields: stored, updatedAt }));
		else if (this.#last) this.#removed();
		this.loaded = true;
	}

	/** The record was deleted (an answer cleared, here or in another tab): show it empty. */
	#removed() {
		this.#last = undefined;
		this.#wroteAt.clear();
		const unsaved = this.queue.unsavedFields;
		for (const key of Object.keys(this.#empty) as (keyof F & string)[])
			if (!unsaved.has(key)) this.fields[key] = this.#empty[key];
	}

	#merge(remote: Remote<F>) {
		const current = $state.snapshot(this.fields) as F;
		const next = mergeRemote(current, this.#empty, remote, this.queue.unsavedFields, this.#wroteAt);
		for (const key of Object.keys(next) as (keyof F)[])
			if (!sameValue(current[key], next[key])) this.fields[key] = next[key];
	}

	/** `edit`, when the editor knows it, says where the text changed (the stash then need not read it). */
	edit<K extends keyof F & string>(name: K, value: F[K], edit?: TextEdit) {
		this.fields[name] = value;
		this.queue.schedule({ [name]: value } as unknown as Partial<F>, edit && { [name]: edit });
	}

	/** Replaces several fields at once (e.g. filling an answer from a story) as one write. */
	replace(values: Partial<F>) {
		Object.assign(this.fields, values);
		this.queue.schedule(values);
	}
}
