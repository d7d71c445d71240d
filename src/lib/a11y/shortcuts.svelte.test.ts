// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { SHORTCUTS_KEY, shortcutPreference, useShortcuts } from './shortcuts.svelte';

const press = (target: EventTarget, key: string) => {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
	target.dispatchEvent(event);
	return event;
};

// Effects run in a microtask ('svelte' resolves to its server build here, so no flushSync).
const effectsRan = () => new Promise((resolve) => setTimeout(resolve));

describe('useShortcuts', () => {
	let stop = () => {};
	afterEach(() => stop());

	it('runs the handler for its key, prevents the default, and stops when unmounted', async () => {
		const seen: string[] = [];
		let revealed = false;
		stop = $effect.root(() => {
			useShortcuts(() =>
				revealed ? { '1': () => void seen.push('grade') } : { ' ': () => void seen.push('reveal') }
			);
		});
		await effectsRan();
		expect(press(document.body, ' ').defaultPrevented).toBe(true);
		expect(press(document.body, '1').defaultPrevented).toBe(false);
		revealed = true;
		press(document.body, '1');
		expect(seen).toEqual(['reveal', 'grade']);

		const button = document.body.appendChild(document.createElement('button'));
		expect(press(button, '1').defaultPrevented).toBe(false);
		expect(seen).toEqual(['reveal', 'grade']);

		stop();
		press(document.body, '1');
		expect(seen).toEqual(['reveal', 'grade']);
	});

	it('does nothing while shortcuts are turned off, and remembers the choice', async () => {
		const seen: string[] = [];
		stop = $effect.root(() => useShortcuts(() => ({ p: () => void seen.push('pause') })));
		await effectsRan();
		shortcutPreference.set(false);
		press(document.body, 'p');
		expect(seen).toEqual([]);
		expect(localStorage.getItem(SHORTCUTS_KEY)).toBe('off');
		shortcutPreference.set(true);
		expect(localStorage.getItem(SHORTCUTS_KEY)).toBeNull();
		press(document.body, 'P');
		expect(seen).toEqual(['pause']);
	});
});
