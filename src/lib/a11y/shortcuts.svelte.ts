import { shortcutKey } from './shortcuts';

/**
 * Where "single-key shortcuts off" is remembered. A choice for this device (it follows the screen
 * reader or speech input used here), kept in localStorage so it is known before the first key.
 */
export const SHORTCUTS_KEY = 'star-practice:shortcuts';

/** Whether single-key shortcuts are on (they are, until the user turns them off in settings). */
class ShortcutPreference {
	enabled = $state(readStored());

	/** Turns shortcuts on or off on this device. */
	set(enabled: boolean) {
		this.enabled = enabled;
		try {
			if (enabled) localStorage.removeItem(SHORTCUTS_KEY);
			else localStorage.setItem(SHORTCUTS_KEY, 'off');
		} catch {
			// Storage refused (private mode): the choice holds until the page closes.
		}
	}
}

function readStored() {
	try {
		return globalThis.localStorage?.getItem(SHORTCUTS_KEY) !== 'off';
	} catch {
		return true;
	}
}

export const shortcutPreference = new ShortcutPreference();

/** A handler per key, as `shortcutKey` names them; return false to let the key through. */
export type ShortcutMap = Record<string, ((event: KeyboardEvent) => void | false) | undefined>;

/**
 * Listens for this component's shortcuts on the window while it is mounted. `handlers` is read
 * at each key press, so it can depend on state (Space reveals only while a card is hidden).
 * Call during component initialisation.
 */
export function useShortcuts(handlers: () => ShortcutMap) {
	$effect(() => {
		const listener = (event: KeyboardEvent) => {
			if (!shortcutPreference.enabled) return;
			const key = shortcutKey(event);
			const handler = key === undefined ? undefined : handlers()[key];
			if (handler && handler(event) !== false) event.preventDefault();
		};
		window.addEventListener('keydown', listener);
		return () => window.removeEventListener('keydown', listener);
	});
}
