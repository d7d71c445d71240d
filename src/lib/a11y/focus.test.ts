// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	findPlace,
	focusAfterNavigation,
	focusElement,
	keepFocusOffBody,
	moveFocusIfLost,
	pageHeading
} from './focus';

const page = `
	<header><a id="logo" href="/">Logo</a></header>
	<main tabindex="-1">
		<h1>Practice</h1>
		<section>
			<h2 data-focus="round-question">Tell me about a time…</h2>
			<div id="controls"><button id="done">Done</button><button id="pause">Pause</button></div>
		</section>
	</main>`;
const nav = (type: string, url = 'http://localhost/practice') => ({
	type,
	to: { url: new URL(url) }
});

describe('focus', () => {
	beforeEach(() => (document.body.innerHTML = page));
	afterEach(() => vi.useRealTimers());
	const active = () => document.activeElement;

	it('focuses a heading by making it focusable first', () => {
		const h1 = pageHeading()!;
		expect(h1.tagName).toBe('H1');
		expect(focusElement(h1)).toBe(true);
		expect(h1.getAttribute('tabindex')).toBe('-1');
		expect(active()).toBe(h1);
	});

	it('after a navigation focuses the new page’s heading, but not on first load, a fragment, or kept focus', () => {
		focusAfterNavigation(nav('enter'));
		expect(active()).toBe(document.body);
		focusAfterNavigation(nav('link', 'http://localhost/practice#main'));
		expect(active()).toBe(document.body);
		document.getElementById('logo')!.focus();
		focusAfterNavigation(nav('goto'));
		expect(active()?.id).toBe('logo');
		document.body.focus();
		(document.activeElement as HTMLElement).blur();
		focusAfterNavigation(nav('link'));
		expect(active()?.tagName).toBe('H1');
	});

	it('moves focus to the named place only when the control went away or focus rests on a place', async () => {
		const pause = document.getElementById('pause')!;
		pause.focus();
		expect(await moveFocusIfLost('round-question')).toBe(false);
		expect(active()).toBe(pause);
		pause.remove();
		expect(await moveFocusIfLost('round-question')).toBe(true);
		expect(active()).toBe(findPlace('round-question'));
		// Resting on a place: the next step may move it on.
		expect(await moveFocusIfLost('round-question')).toBe(true);
	});

	it('when a focused control is removed or disabled, focus goes to its section’s heading', async () => {
		vi.useFakeTimers();
		const stop = keepFocusOffBody();
		const done = document.getElementById('done') as HTMLButtonElement;
		done.focus();
		document.getElementById('controls')!.remove();
		await vi.advanceTimersByTimeAsync(1);
		expect(active()?.textContent).toBe('Tell me about a time…');

		document
			.querySelector('section')!
			.insertAdjacentHTML('beforeend', '<button id="again">Go</button>');
		const again = document.getElementById('again') as HTMLButtonElement;
		again.focus();
		// What the browser does to a focused control that is disabled: focus falls to the page.
		again.blur();
		again.disabled = true;
		await vi.advanceTimersByTimeAsync(1);
		expect(active()?.tagName).toBe('H2');

		// A click on plain text leaves focus on the page: that is the user's choice, left alone.
		document.getElementById('logo')!.focus();
		(document.activeElement as HTMLElement).blur();
		await vi.advanceTimersByTimeAsync(1);
		expect(active()).toBe(document.body);
		stop();
	});
});
