import type { TextEdit } from '$lib/editing/text-delta';

/**
 * Past this many characters unsaved, a write waits HUGE_DEBOUNCE_MS after the last edit instead
 * of the usual debounce: writing a megabyte, and the live reads of it that follow, cost more
 * than a frame each, and would otherwise run at every short pause in typing. The stash keeps
 * such an edit meanwhile (see DELTA_CHARS in $lib/db/unsaved).
 */
export const HUGE_TEXT_CHARS = 100_000;
export const HUGE_DEBOUNCE_MS = 1000;

/** The characters of text in a patch's fields. */
function chars(patch: object): number {
	let n = 0;
	for (const value of Object.values(patch)) if (typeof value === 'string') n += value.length;
	return n;
}

/** How a queue's writes stand, for the `role="status"` line beside an editor. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface SaveQueueOptions {
	/**
	 * Wait this long after the last edit before writing (the design's budget is ≤ 300 ms); a
	 * huge text waits HUGE_DEBOUNCE_MS.
	 */
	debounceMs?: number;
	/** Delays between retries of a failed write; the last one repeats. */
	retryMs?: number[];
	/**
	 * Where every edit not yet stored is kept synchronously, in case the page dies first; `edits`
	 * say where a field's text changed, when the editor knows.
	 */
	stash?: {
		write(patch: object, edits?: Record<string, TextEdit | undefined>): void;
		clear(): void;
	};
	/** Called after each successful write, with the patch and what the write resolved with. */
	onStored?: (patch: object, result: unknown) => void;
}

/**
 * Debounced, serialised, retrying writes of patches. Edits merge into one pending patch (later
 * fields win); one write runs at a time; a failed write keeps its patch and retries with
 * backoff, so text is never dropped. `flush()` writes at once (page hidden, navigation).
 */
export class SaveQueue<P extends object> {
	state = $state<SaveState>('idle');
	reason = $state('');

	#write: (patch: P) => Promise<unknown>;
	#debounceMs: number;
	#retryMs: number[];
	#stash: SaveQueueOptions['stash'];
	#onStored: SaveQueueOptions['onStored'];
	#pending: P | undefined;
	#writing: P | undefined;
	#running: Promise<void> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	constructor(write: (patch: P) => Promise<unknown>, options: SaveQueueOptions = {}) {
		this.#write = write;
		this.#debounceMs = options.debounceMs ?? 250;
		this.#retryMs = options.retryMs ?? [1000, 2000, 5000, 10000, 30000];
		this.#stash = options.stash;
		this.#onStored = options.onStored;
	}

	/** The words for the editor's status line. */
	get label() {
		if (this.state === 'pending' || this.state === 'saving') return 'Saving…';
		if (this.state === 'saved') return 'Saved';
		if (this.state === 'failed')
			return `Not saved: ${this.reason}. Your text is still here; retrying.`;
		return '';
	}

	/** True while some edit is not yet known to be stored. */
	get unsaved() {
		return this.#pending !== undefined || this.#running !== undefined;
	}

	/** The fields of edits not yet known to be stored (pending or being written). */
	get unsavedFields(): Set<string> {
		// A fresh value each read, nothing to track.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Set([...Object.keys(this.#writing ?? {}), ...Object.keys(this.#pending ?? {})]);
	}

	/**
	 * Queues `patch`, merged over any pending one, for a write after the debounce, and stashes
	 * everything unsaved at once: a crash inside the debounce then loses nothing. `edits` say,
	 * for the stash, where a field's text changed (see Stash.write).
	 */
	schedule(patch: P, edits?: Record<string, TextEdit | undefined>) {
		this.#pending = { ...this.#pending, ...patch } as P;
		this.#stash?.write({ ...this.#writing, ...this.#pending }, edits);
		if (this.state !== 'failed') this.state = 'pending';
		this.#arm(chars(this.#pending) > HUGE_TEXT_CHARS ? HUGE_DEBOUNCE_MS : this.#debounceMs);
	}

	/** Writes everything pending now; resolves when it is stored or has failed (and will retry). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		return this.#run();
	}

	/** Stops timers (the editor is going away); call flush() first to keep edits. */
	dispose() {
		clearTimeout(this.#timer);
	}

	#arm(ms: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.#run();
		}, ms);
	}

	#run(): Promise<void> {
		this.#running ??= this.#drain().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #drain() {
		while (this.#pending) {
			const patch = this.#pending;
			this.#pending = undefined;
			this.#writing = patch;
			this.state = 'saving';
			try {
				const result = await this.#write(patch);
				this.#writing = undefined;
				this.#onStored?.(patch, result);
			} catch (error) {
				this.#writing = undefined;
				// Keep the failed patch under anything typed since; newer fields win.
				this.#pending = { ...patch, ...(this.#pending as P | undefined) } as P;
				this.state = 'failed';
				this.reason = describeSaveError(error);
				this.#arm(this.#retryMs[Math.min(this.#failures++, this.#retryMs.length - 1)]);
				return;
			}
		}
		this.#failures = 0;
		this.state = 'saved';
		this.reason = '';
		this.#stash?.clear();
	}
}

/** The reason a write failed, in words a user can act on. */
export function describeSaveError(error: unknown): string {
	const names = [
		(error as { name?: string })?.name,
		(error as { inner?: { name?: string } })?.inner?.name
	];
	if (names.includes('QuotaExceededError'))
		return 'this device’s storage is full. Free some space or export a backup';
	if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError'))
		return 'the app was updated in another tab. Reload this tab';
	if (names.includes('StorageUnavailableError')) return 'this browser will not store data';
	return (error as Error)?.message || 'the browser refused to store it';
}
