import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Live, watchLive } from './live.svelte';
import type { StarDatabase } from './schema';
import { saveSetting, settingQuery } from './settings';
import { useFreshDatabase } from './test-db';

useFreshDatabase();

let stops: (() => void)[] = [];
afterEach(() => {
	for (const stop of stops) stop();
	stops = [];
});

/** Resolves once a fresh reader sees `value` under `key`: the database has caught up. */
async function settled(key: string, value: unknown) {
	const probe = new Live(() => settingQuery(key));
	const seen = observe(() => probe.current);
	await vi.waitFor(() => expect(seen.values.at(-1)).toEqual(value));
	seen.stop();
}

/** Reads `read()` in an effect, as a template would, until the test ends. */
function observe<T>(read: () => T): { values: T[]; stop: () => void } {
	const values: T[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			values.push(read());
		});
	});
	stops.push(stop);
	flushSync();
	return { values, stop };
}

describe('Live', () => {
	it('follows the data once something reads it in an effect, outside any component', async () => {
		await saveSetting('colour', 'teal');
		const live = new Live(() => settingQuery<string>('colour'));
		const seen = observe(() => live.current);
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe('teal'));
		expect(live.loaded).toBe(true);

		await saveSetting('colour', 'amber');
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe('amber'));
	});

	it('does not query while nothing reads it, and lets go when the last reader stops', async () => {
		const query = vi.fn(async (db: StarDatabase) => (await db.settings.get('n'))?.value);
		const live = new Live(() => query);
		expect(live.current).toBeUndefined();
		await saveSetting('n', 0);
		await settled('n', 0);
		expect(query).not.toHaveBeenCalled();

		const seen = observe(() => live.current);
		await saveSetting('n', 1);
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe(1));
		const calls = query.mock.calls.length;

		seen.stop();
		await Promise.resolve(); // the last reader lets go in a microtask
		await saveSetting('n', 2);
		await settled('n', 2);
		expect(query).toHaveBeenCalledTimes(calls);
	});

	it('reads the current answer once, for a handler, with nothing reading it reactively', async () => {
		const live = new Live(() => settingQuery<string>('colour'));
		await saveSetting('colour', 'teal');
		expect(live.current).toBeUndefined(); // nothing reactive has read it: never loaded
		expect(await live.read()).toBe('teal');
		await saveSetting('colour', 'amber');
		expect(await live.read()).toBe('amber');
	});

	it('subscribes again when a reactive value its query reads changes', async () => {
		await saveSetting('a', 'first');
		await saveSetting('b', 'second');
		let key = $state('a');
		const live = new Live(() => settingQuery<string>(key));
		const seen = observe(() => live.current);
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe('first'));
		key = 'b';
		flushSync();
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe('second'));
	});

	it('reports a failing query as its error', async () => {
		const live = new Live<string>(() => async () => {
			throw new Error('broken query');
		});
		const seen = observe(() => live.error?.message);
		await vi.waitFor(() => expect(seen.values.at(-1)).toBe('broken query'));
		expect(live.loaded).toBe(false);
	});
});

describe('watchLive', () => {
	it('hands each result to a callback until stopped', async () => {
		const values: unknown[] = [];
		const stop = watchLive(new Live(() => settingQuery<number>('count')), (v) => values.push(v));
		stops.push(stop);
		await vi.waitFor(() => expect(values).toEqual([undefined]));
		await saveSetting('count', 1);
		await vi.waitFor(() => expect(values).toEqual([undefined, 1]));
		stop();
		await saveSetting('count', 2);
		await settled('count', 2);
		expect(values).toEqual([undefined, 1]);
	});
});
