/** How urgent a message is: polite waits for the screen reader to finish; assertive interrupts. */
export type Priority = 'polite' | 'assertive';

/** How long a message stays in its live region (so reading the page later does not find it). */
const CLEAR_AFTER_MS = 8000;

interface Message {
	id: number;
	text: string;
}

/**
 * The app's one voice for screen readers: round events, time left, review progress, failures.
 * Two live regions (polite and assertive) are mounted once in the layout, empty; `say()` inserts
 * each message as a new element, so the same words said twice are read twice.
 */
class Announcer {
	polite = $state<Message[]>([]);
	assertive = $state<Message[]>([]);
	#next = 0;
	#timers: Record<Priority, ReturnType<typeof setTimeout> | undefined> = {
		polite: undefined,
		assertive: undefined
	};

	/** Has screen readers read `text`; a newer message of the same priority replaces it. */
	say(text: string, priority: Priority = 'polite') {
		if (!text.trim()) return;
		this[priority] = [{ id: ++this.#next, text }];
		clearTimeout(this.#timers[priority]);
		this.#timers[priority] = setTimeout(() => (this[priority] = []), CLEAR_AFTER_MS);
	}
}

export const announcer = new Announcer();
