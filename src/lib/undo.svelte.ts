import { focusElement, pageHeading, waitForElement } from '$lib/a11y/focus';

/** How long the offer to undo stays up when nobody is looking at it. */
export const UNDO_MS = 15_000;
/** How long the outcome ("Restored.") stays up. */
const OUTCOME_MS = 6000;

export interface UndoOptions {
	/** A CSS selector for what Undo brings back (e.g. the story's link): focus goes there. */
	restored?: string;
}

/**
 * The one "done — Undo" message shown at the foot of the app, e.g. after deleting a story. It
 * stays while it has focus or the pointer is over it; the toast moves focus to it when offered.
 */
class UndoNotice {
	message = $state('');
	/** Counts offers, so the toast knows a new one arrived (and takes focus). */
	offers = $state(0);
	#undo: (() => Promise<void>) | undefined = $state();
	#options: UndoOptions = {};
	#timer: ReturnType<typeof setTimeout> | undefined;
	#remainingMs = 0;
	#held = false;
	#undoing = false;

	/** Shows `message` with an Undo button for 15 seconds (longer while focused or hovered). */
	offer(message: string, undo: () => Promise<void>, options: UndoOptions = {}) {
		this.message = message;
		this.#undo = undo;
		this.#options = options;
		this.offers++;
		this.#arm(UNDO_MS);
	}

	/** Focus or the pointer is on the toast: it stays until they leave. */
	hold() {
		this.#held = true;
		clearTimeout(this.#timer);
	}

	/** Focus and pointer left: the full time starts again. */
	release() {
		this.#held = false;
		if (this.message) this.#arm(this.#remainingMs);
	}

	/** Undoes, then focuses what came back (or the page heading). */
	async undo() {
		const undo = this.#undo;
		if (!undo || this.#undoing) return;
		this.#undoing = true;
		const { restored } = this.#options;
		let outcome: string;
		let target: HTMLElement | null = null;
		try {
			await undo();
			outcome = 'Restored.';
			// The Undo button stays until focus has somewhere to go, so it never falls to the page.
			if (restored) target = await waitForElement(() => document.querySelector(restored));
		} catch (e) {
			outcome = `Could not undo: ${(e as Error).message}`;
		}
		this.#undoing = false;
		this.#undo = undefined;
		this.message = outcome;
		if (!focusElement(target)) focusElement(pageHeading());
		this.#arm(OUTCOME_MS);
	}

	dismiss() {
		clearTimeout(this.#timer);
		this.message = '';
		this.#undo = undefined;
	}

	get canUndo() {
		return this.#undo !== undefined;
	}

	#arm(ms: number) {
		clearTimeout(this.#timer);
		this.#remainingMs = ms;
		if (!this.#held) this.#timer = setTimeout(() => this.dismiss(), ms);
	}
}

export const undoNotice = new UndoNotice();
