import { describe, expect, it } from 'vitest';
import { RoundFocus } from './round-focus';

/** A page and a wake lock that record what happened to them. */
function fakes() {
	const listeners = new Set<() => void>();
	const page = {
		visibilityState: 'visible' as DocumentVisibilityState,
		documentElement: { dataset: {} as DOMStringMap },
		addEventListener: (_: string, f: () => void) => void listeners.add(f),
		removeEventListener: (_: string, f: () => void) => void listeners.delete(f)
	};
	const sentinels: { released: boolean; release(): Promise<void> }[] = [];
	const wakeLock = {
		async request() {
			const s = {
				released: false,
				async release() {
					s.released = true;
				}
			};
			sentinels.push(s);
			return s;
		}
	};
	const show = async (state: DocumentVisibilityState) => {
		page.visibilityState = state;
		for (const f of listeners) f();
		await Promise.resolve();
	};
	const held = () => sentinels.filter((s) => !s.released).length;
	return { page, wakeLock, sentinels, show, held, listeners };
}

describe('RoundFocus', () => {
	it('hides the navigation and keeps the screen on until released', async () => {
		const f = fakes();
		const focus = new RoundFocus({ page: f.page as never, wakeLock: f.wakeLock });
		focus.hold();
		await Promise.resolve();
		expect('focusMode' in f.page.documentElement.dataset).toBe(true);
		expect(f.held()).toBe(1);

		focus.release();
		expect('focusMode' in f.page.documentElement.dataset).toBe(false);
		expect(f.held()).toBe(0);
		expect(f.listeners.size).toBe(0);
	});

	it('lets the screen go while the page is hidden, and takes it again on return', async () => {
		const f = fakes();
		const focus = new RoundFocus({ page: f.page as never, wakeLock: f.wakeLock });
		focus.hold();
		await Promise.resolve();
		await f.show('hidden');
		expect(f.held()).toBe(0);
		await f.show('visible');
		await f.show('visible'); // a second event does not take a second lock
		expect(f.held()).toBe(1);
		expect(f.sentinels).toHaveLength(2);
		focus.release();
		expect(f.held()).toBe(0);
	});

	it('gives back a lock granted after the round ended', async () => {
		const f = fakes();
		const focus = new RoundFocus({ page: f.page as never, wakeLock: f.wakeLock });
		focus.hold();
		focus.release(); // before the request resolved
		await Promise.resolve();
		await Promise.resolve();
		expect(f.sentinels).toHaveLength(1);
		expect(f.held()).toBe(0);
	});

	it('runs without a wake lock where the browser has none or refuses', async () => {
		const f = fakes();
		const refusing = { request: () => Promise.reject(new Error('NotAllowedError')) };
		for (const wakeLock of [undefined, refusing]) {
			const focus = new RoundFocus({ page: f.page as never, wakeLock });
			focus.hold();
			await Promise.resolve();
			expect('focusMode' in f.page.documentElement.dataset).toBe(true);
			focus.release();
		}
	});
});
