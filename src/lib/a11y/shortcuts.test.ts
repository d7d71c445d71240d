// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { shortcutKey } from './shortcuts';

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
	let seen: string | undefined = 'not dispatched';
	const listener = (e: Event) => (seen = shortcutKey(e as KeyboardEvent));
	window.addEventListener('keydown', listener);
	target.dispatchEvent(event);
	window.removeEventListener('keydown', listener);
	return seen;
}

describe('shortcutKey', () => {
	beforeEach(() => {
		document.body.innerHTML = `
			<main tabindex="-1">
				<h1 tabindex="-1">Review</h1>
				<p id="text">Some text <span id="inner">inside</span></p>
				<a id="link" href="/x">A link</a>
				<a id="anchor">No href</a>
				<button id="button"><span id="in-button">Show</span></button>
				<input id="input" /><textarea id="area"></textarea><select id="select"></select>
				<details><summary id="summary">More</summary></details>
				<div id="editable" contenteditable="true"></div>
				<div id="widget" role="option">Option</div>
				<div id="scroller" tabindex="0">Scrolls</div>
			</main>`;
	});
	const el = (id: string) => document.getElementById(id)!;

	it('names the key pressed on the page, a heading or plain text', () => {
		expect(press(document.body, 'Enter')).toBe('Enter');
		expect(press(document.querySelector('h1')!, ' ')).toBe(' ');
		expect(press(el('inner'), 'P')).toBe('p');
		expect(press(el('anchor'), '1')).toBe('1');
		expect(press(document.querySelector('main')!, '/', { shiftKey: true })).toBe('/');
	});

	it('leaves keys on links, buttons, fields and other controls alone', () => {
		for (const id of [
			'link',
			'button',
			'in-button',
			'input',
			'area',
			'select',
			'summary',
			'editable',
			'widget',
			'scroller'
		])
			for (const key of ['Enter', ' ', '1', 'p', '/'])
				expect(press(el(id), key), id).toBeUndefined();
	});

	it('leaves keys with Ctrl, Alt or Meta alone', () => {
		expect(press(document.body, 'p', { ctrlKey: true })).toBeUndefined();
		expect(press(document.body, 'p', { altKey: true })).toBeUndefined();
		expect(press(document.body, 'p', { metaKey: true })).toBeUndefined();
	});

	it('leaves a key another handler already used alone', () => {
		const used = (e: Event) => e.preventDefault();
		el('text').addEventListener('keydown', used);
		expect(press(el('text'), '1')).toBeUndefined();
	});
});
