import { mergeRemote } from './merge-remote';
import { SaveQueue, type SaveQueueOptions } from './save-queue.svelte';

/**
 * An open editor over one stored record: what is on screen, saved field by field through a
 * SaveQueue, and kept in step with changes from other tabs without overwriting local typing.
 */
export class Draft<F extends Record<string, unknown>> {
	fields = $state() as F;
	/** False until the stored record has been read; editing waits for it. */
	loaded = $state(false);
	readonly queue: SaveQueue<Partial<F>>;
	#synced: F;

	constructor(empty: F, write: (patch: Partial<F>) => Promise<void>, options?: SaveQueueOptions) {
		this.fields = { ...empty };
		this.#synced = { ...empty };
		this.queue = new SaveQueue(write, options);
	}

	/** Takes in the stored record (or `undefined` when there is none yet). */
	receive(stored: Partial<F> | undefined) {
		const merged = mergeRemote($state.snapshot(this.fields) as F, this.#synced, stored ?? {});
		this.fields = merged.local;
		this.#synced = merged.synced;
		this.loaded = true;
	}

	edit<K extends keyof F>(name: K, value: F[K]) {
		this.fields[name] = value;
		this.queue.schedule({ [name]: value } as unknown as Partial<F>);
	}

	/** Replaces several fields at once (e.g. filling an answer from a story) as one write. */
	replace(values: Partial<F>) {
		Object.assign(this.fields, values);
		this.queue.schedule(values);
	}
}
