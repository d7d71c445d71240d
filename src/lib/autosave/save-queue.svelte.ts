/** How a queue's writes stand, for the `role="status"` line beside an editor. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface SaveQueueOptions {
	/** Wait this long after the last edit before writing (the design's budget is ≤ 300 ms). */
	debounceMs?: number;
	/** Delays between retries of a failed write; the last one repeats. */
	retryMs?: number[];
	/** localStorage key where unsaved edits are stashed synchronously when the page hides. */
	stashKey?: string;
}

/**
 * Debounced, serialised, retrying writes of patches. Edits merge into one pending patch (later
 * fields win); one write runs at a time; a failed write keeps its patch and retries with
 * backoff, so text is never dropped. `flush()` writes at once (page hidden, navigation).
 */
export class SaveQueue<P extends object> {
	state = $state<SaveState>('idle');
	reason = $state('');

	#write: (patch: P) => Promise<void>;
	#debounceMs: number;
	#retryMs: number[];
	#stashKey: string | undefined;
	#pending: P | undefined;
	#running: Promise<void> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;

	constructor(write: (patch: P) => Promise<void>, options: SaveQueueOptions = {}) {
		this.#write = write;
		this.#debounceMs = options.debounceMs ?? 250;
		this.#retryMs = options.retryMs ?? [1000, 2000, 5000, 10000, 30000];
		this.#stashKey = options.stashKey;
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

	/** Queues `patch`, merged over any pending one, for a write after the debounce. */
	schedule(patch: P) {
		this.#pending = { ...this.#pending, ...patch } as P;
		if (this.state !== 'failed') this.state = 'pending';
		this.#arm(this.#debounceMs);
	}

	/** Writes everything pending now; resolves when it is stored or has failed (and will retry). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		return this.#run();
	}

	/** Synchronously keeps pending edits in localStorage: the page may be gone before IndexedDB answers. */
	stash() {
		if (!this.#stashKey || !this.#pending) return;
		try {
			const previous = JSON.parse(localStorage.getItem(this.#stashKey) ?? '{}');
			localStorage.setItem(this.#stashKey, JSON.stringify({ ...previous, ...this.#pending }));
		} catch {
			// Storage refused (private mode): the IndexedDB write below is all we have.
		}
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
			this.state = 'saving';
			try {
				await this.#write(patch);
			} catch (error) {
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
		if (this.#stashKey)
			try {
				localStorage.removeItem(this.#stashKey);
			} catch {
				// Nothing was stashed where storage is refused.
			}
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
