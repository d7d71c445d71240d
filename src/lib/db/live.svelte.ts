import { getDatabase } from './open';
import type { StarDatabase } from './schema';

/**
 * A Dexie liveQuery as a rune-backed value: `current` updates whenever the data changes, in this
 * tab or another. `makeQuery` runs inside an effect, so a reactive value it reads (a route
 * param) re-subscribes. Create it during component initialisation.
 */
export class Live<T> {
	current = $state<T>();
	loaded = $state(false);
	error = $state<Error>();

	constructor(makeQuery: () => (db: StarDatabase) => Promise<T>) {
		$effect(() => {
			const query = makeQuery();
			let subscription: { unsubscribe(): void } | undefined;
			let stopped = false;
			this.loaded = false;
			Promise.all([getDatabase(), import('dexie')]).then(
				([db, { liveQuery }]) => {
					if (stopped) return;
					subscription = liveQuery(() => query(db)).subscribe({
						next: (value) => {
							this.current = value;
							this.loaded = true;
							this.error = undefined;
						},
						error: (e) => (this.error = e)
					});
				},
				(e) => (this.error = e)
			);
			return () => {
				stopped = true;
				subscription?.unsubscribe();
			};
		});
	}
}
