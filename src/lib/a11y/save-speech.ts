import type { SaveState } from '$lib/autosave/save-queue.svelte';
import type { Priority } from './announcer.svelte';

/** After this long without an edit, a screen reader hears once that everything is stored. */
export const LONG_PAUSE_MS = 15_000;

/**
 * What an editor's save line says aloud. The line itself shows "Saving…" / "Saved" after every
 * pause in typing; read out, that is noise. Aloud: a failure at once (once per run of failures),
 * the recovery after one, and "All changes saved" only after a long pause in typing.
 */
export class SaveSpeech {
	#failing = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#say: (text: string, priority: Priority) => void;

	constructor(say: (text: string, priority: Priority) => void) {
		this.#say = say;
	}

	/** Feed every state change of the queue; `label` is what the line shows. */
	update(state: SaveState, label: string) {
		clearTimeout(this.#timer);
		if (state === 'failed') {
			if (!this.#failing) this.#say(label, 'assertive');
			this.#failing = true;
		} else if (state === 'saved') {
			if (this.#failing) this.#say('Saved now.', 'polite');
			else this.#timer = setTimeout(() => this.#say('All changes saved.', 'polite'), LONG_PAUSE_MS);
			this.#failing = false;
		}
	}

	/** The editor is going away: nothing more to say. */
	dispose() {
		clearTimeout(this.#timer);
	}
}
