/**
 * Focus mode while a practice round runs: the site's navigation steps aside (the shell hides it
 * while `<html data-focus-mode>` is set) and the screen stays on. The Screen Wake Lock is let go
 * while the page is hidden (the browser drops it then anyway) and taken again on return; where
 * the browser has none, or refuses (battery saver), the round runs without it.
 */

type Sentinel = Pick<WakeLockSentinel, 'released' | 'release'>;
type PageLike = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> & {
	documentElement: { dataset: DOMStringMap };
};

export class RoundFocus {
	#page: PageLike | undefined;
	#wakeLock: { request(type: 'screen'): Promise<Sentinel> } | undefined;
	#sentinel: Sentinel | undefined;
	#held = false;

	constructor({
		page = globalThis.document as PageLike | undefined,
		wakeLock = globalThis.navigator?.wakeLock
	}: { page?: PageLike; wakeLock?: { request(type: 'screen'): Promise<Sentinel> } } = {}) {
		this.#page = page;
		this.#wakeLock = wakeLock;
	}

	/** The round started (or resumed): hide the navigation and keep the screen on. */
	hold() {
		if (this.#held || !this.#page) return;
		this.#held = true;
		this.#page.documentElement.dataset.focusMode = '';
		this.#page.addEventListener('visibilitychange', this.#onVisibility);
		void this.#keepAwake();
	}

	/** The round ended, or its page is going: everything back as it was. */
	release() {
		if (!this.#held || !this.#page) return;
		this.#held = false;
		delete this.#page.documentElement.dataset.focusMode;
		this.#page.removeEventListener('visibilitychange', this.#onVisibility);
		this.#letGo();
	}

	#onVisibility = () => {
		if (this.#page?.visibilityState === 'visible') void this.#keepAwake();
		else this.#letGo();
	};

	async #keepAwake() {
		if (this.#sentinel && !this.#sentinel.released) return;
		try {
			const sentinel = await this.#wakeLock?.request('screen');
			// The round may have ended, or the page hidden, while the request was out.
			if (!this.#held || this.#page?.visibilityState !== 'visible') void sentinel?.release();
			else this.#sentinel = sentinel;
		} catch {
			// Not allowed here (battery saver, no user gesture): the round works without it.
		}
	}

	#letGo() {
		void this.#sentinel?.release().catch(() => {});
		this.#sentinel = undefined;
	}
}
