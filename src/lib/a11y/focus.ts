import { tick } from 'svelte';

/**
 * Where focus goes when the control that had it goes away (or is disabled), case by case. Each
 * place is an element marked `data-focus="<place>"`; `moveFocus(place)` focuses it.
 */
export type FocusPlace =
	/** Start practice, Resume round, Save and continue → the question of the round. */
	| 'round-question'
	/** Done, Skip, Space → the rating step's first line ("You spoke for …"). */
	| 'round-rating'
	/** End round, the last Save and continue → "Round complete". */
	| 'round-summary'
	/** Show my answer (or Space / Enter) → the answer. */
	| 'review-answer'
	/** A grade → the next card's question. */
	| 'review-card'
	/** The last grade → "All done". */
	| 'review-done'
	/** Export backup / Export as Markdown → what was downloaded, or why not. */
	| 'export-result'
	/** Import, Cancel (of an import) → what was imported, or why not. */
	| 'import-result'
	/** Delete everything, Export backup first → what happened. */
	| 'delete-result'
	/** A coverage cell → the questions for that cell. */
	| 'coverage-detail'
	/** Delete (story, interview, recording, question) → the Undo toast. */
	| 'undo'
	/** After a client-side navigation → the new page's main heading. */
	| 'page-heading';

/** Nothing, or only the page itself, has focus: the focused control went away. */
export function focusIsLost(): boolean {
	const active = document.activeElement;
	return !active || active === document.body || active === document.documentElement;
}

/**
 * Focuses `element`, making it focusable first if it is not (a heading, a message), and scrolls
 * it into view. Returns whether it took focus.
 */
export function focusElement(
	element: HTMLElement | null | undefined,
	options?: FocusOptions
): boolean {
	if (!element || !element.isConnected) return false;
	if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
	element.focus(options);
	return document.activeElement === element;
}

/** The element marked for `place`, if it is on the page (the last one: the newest card). */
export function findPlace(place: FocusPlace): HTMLElement | null {
	const all = document.querySelectorAll<HTMLElement>(`[data-focus="${place}"]`);
	return all[all.length - 1] ?? null;
}

/** After the DOM has caught up with a state change, moves focus to `place`. */
export async function moveFocus(place: FocusPlace): Promise<boolean> {
	await tick();
	return focusElement(findPlace(place));
}

/**
 * Like `moveFocus`, but only when the focused control went away, or focus rests on the place an
 * earlier step put it (a question heading): a control the user is on, or anything outside the
 * flow (the header), keeps focus.
 */
export async function moveFocusIfLost(place: FocusPlace): Promise<boolean> {
	await tick();
	const resting = document.activeElement?.hasAttribute('data-focus');
	return (focusIsLost() || !!resting) && focusElement(findPlace(place));
}

/**
 * Resolves with the element `find` returns as soon as it is on the page (a live list catching up
 * with a restored record), or null after `timeoutMs`.
 */
export function waitForElement(
	find: () => HTMLElement | null,
	timeoutMs = 3000
): Promise<HTMLElement | null> {
	const found = find();
	if (found) return Promise.resolve(found);
	return new Promise((resolve) => {
		const done = (element: HTMLElement | null) => {
			observer.disconnect();
			clearTimeout(timer);
			resolve(element);
		};
		const observer = new MutationObserver(() => {
			const element = find();
			if (element) done(element);
		});
		observer.observe(document.body, { childList: true, subtree: true });
		const timer = setTimeout(() => done(null), timeoutMs);
	});
}

/**
 * After a client-side navigation: focus the new page's main heading, so a screen reader reads
 * where the user arrived and Tab continues from there. Not on the first load, not for a link to
 * a fragment (the browser's own target), and not when something already took focus on purpose
 * (the Undo toast after a delete, a field kept focused while its URL changes). Keeps the scroll
 * position SvelteKit chose (back and forward restore it).
 */
export function focusAfterNavigation(navigation: { type: string; to: { url: URL } | null }) {
	if (navigation.type === 'enter' || navigation.to?.url.hash || !focusIsLost()) return;
	focusElement(pageHeading(), { preventScroll: true });
}

/** The page's main heading (the first h1 in main), or main itself. */
export function pageHeading(): HTMLElement | null {
	return (
		document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main')
	);
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [data-focus]';

/**
 * The safety net for every case not named above: when the focused element is removed, disabled or
 * hidden and focus falls to the page, focus moves to the heading of the nearest part of the page
 * that is still there (the section it was in), or the page's main heading. Returns a stop function.
 */
export function keepFocusOffBody(): () => void {
	let last: HTMLElement | null = null;
	let ancestors: HTMLElement[] = [];
	let pending: ReturnType<typeof setTimeout> | undefined;

	const onFocusIn = (event: FocusEvent) => {
		if (!(event.target instanceof HTMLElement) || event.target === document.body) return;
		last = event.target;
		ancestors = [];
		for (let el = last.parentElement; el && el !== document.body; el = el.parentElement)
			ancestors.push(el);
	};

	const gone = (el: HTMLElement) =>
		!el.isConnected || (el as HTMLButtonElement).disabled === true || el.closest('[hidden]');

	const check = () => {
		pending = undefined;
		if (!last || !focusIsLost() || !gone(last)) return;
		// The nearest surviving section's heading, else the page heading.
		const section = ancestors.find(
			(el) => el.isConnected && el.matches('section, article, form, [role="region"], main')
		);
		const heading = section?.querySelector<HTMLElement>(HEADING);
		last = null;
		if (!focusElement(heading) && !focusElement(pageHeading())) document.body.focus();
	};

	// Run after the component's own focus move (which happens right after the DOM update).
	const schedule = () => {
		if (last && pending === undefined) pending = setTimeout(check);
	};
	const observer = new MutationObserver(schedule);
	observer.observe(document.body, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['disabled', 'hidden']
	});
	document.addEventListener('focusin', onFocusIn);
	document.addEventListener('focusout', schedule);
	return () => {
		observer.disconnect();
		clearTimeout(pending);
		document.removeEventListener('focusin', onFocusIn);
		document.removeEventListener('focusout', schedule);
	};
}
