import { untrack } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import { getDatabase } from './open';
import type { StarDatabase } from './schema';

/**
 * A Dexie liveQuery as a rune-backed value: `current` follows the data as it changes, in this
 * tab or another. It subscribes when something first reads it inside an effect (a component's
 * template, a `$derived`, an `$effect`, in a component or a module) and lets go when nothing
 * reads it any more. `makeQuery` is tracked: a reactive value it reads (a route param)
 * re-subscribes.
 */
export class Live<T> {
	#current = $state.raw<T>();
	#loaded = $state(false);
	#error = $state.raw<Error>();
	readonly #subscribe: () => void;
	readonly #makeQuery: () => (db: StarDatabase) => Promise<T>;

	constructor(makeQuery: () => (db: StarDatabase) => Promise<T>) {
		this.#makeQuery = makeQuery;
		this.#subscribe = createSubscriber(() =>
			$effect.root(() => {
				$effect(() => this.#watch(makeQuery()));
			})
		);
	}

	/** The latest result; undefined until the first one arrives. */
	get current(): T | undefined {
		this.#subscribe();
		return this.#current;
	}

	/** True once the query has answered (and again after a re-subscribe has answered). */
	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	/** Why the query failed, if it did: the database could not open, or the query threw. */
	get error(): Error | undefined {
		this.#subscribe();
		return this.#error;
	}

	/**
	 * The query's answer now, read once. For event handlers: `current` follows the data only while
	 * something reactive reads it, so a value read only in a handler would never have loaded.
	 */
	async read(): Promise<T> {
		const query = untrack(this.#makeQuery);
		return query(await getDatabase());
	}

	#watch(query: (db: StarDatabase) => Promise<T>) {
		let subscription: { unsubscribe(): void } | undefined;
		let stopped = false;
		this.#loaded = false;
		Promise.all([getDatabase(), import('dexie')]).then(
			([db, { liveQuery }]) => {
				if (stopped) return;
				subscription = liveQuery(() => query(db)).subscribe({
					next: (value) => {
						this.#current = value;
						this.#loaded = true;
						this.#error = undefined;
					},
					error: (e) => (this.#error = e)
				});
			},
			(e) => (this.#error = e)
		);
		return () => {
			stopped = true;
			subscription?.unsubscribe();
		};
	}
}

/**
 * Calls `onChange` with each result of `live` from now on, outside any component (a module's
 * long-lived index, for one). Returns a function that stops watching.
 */
export function watchLive<T>(live: Live<T>, onChange: (value: T) => void): () => void {
	return $effect.root(() => {
		$effect(() => {
			if (!live.loaded) return;
			const value = live.current as T;
			untrack(() => onChange(value));
		});
	});
}
