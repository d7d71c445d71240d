import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { BOX_CHARS, SPLIT_CHARS } from '$lib/editing/text-parts';
import LongTextArea from './LongTextArea.svelte';

const paragraph = 'We had two weeks and a team that disagreed on everything.\n';
const huge = paragraph.repeat(Math.ceil((SPLIT_CHARS * 2) / paragraph.length));

function setup(value: string, disabled = false) {
	const onedit = vi.fn();
	const view = render(LongTextArea, {
		value,
		onedit,
		label: 'Situation',
		id: 'situation',
		disabled
	});
	const boxes = () => screen.getAllByRole('textbox') as HTMLTextAreaElement[];
	return { onedit, view, boxes };
}

/** A part's text, whether it is a textarea or the text standing in for one. */
const text = (part: HTMLElement) =>
	part instanceof HTMLTextAreaElement ? part.value : (part.textContent ?? '');

/** Focuses part `index` (a stand-in becomes a box) and returns its textarea, focused. */
async function enter(boxes: () => HTMLTextAreaElement[], index: number) {
	boxes()[index].focus();
	await tick();
	await tick();
	const box = boxes()[index];
	expect(box).toBeInstanceOf(HTMLTextAreaElement);
	expect(document.activeElement).toBe(box);
	return box;
}

/** Types `text` at the caret of `box`, as the browser does before it fires input. */
async function type(box: HTMLTextAreaElement, text: string) {
	const at = box.selectionStart;
	box.value = box.value.slice(0, at) + text + box.value.slice(box.selectionEnd);
	box.setSelectionRange(at + text.length, at + text.length);
	await fireEvent.input(box);
}

describe('LongTextArea', () => {
	it('is one ordinary box below the threshold', () => {
		const { boxes } = setup('A short answer.');
		expect(boxes()).toHaveLength(1);
		expect(boxes()[0].id).toBe('situation');
		expect(boxes()[0].value).toBe('A short answer.');
	});

	it('holds a huge text in parts that join to it exactly; the first carries the id', () => {
		const { boxes } = setup(huge);
		const all = boxes();
		expect(all.length).toBeGreaterThan(5);
		expect(all.map(text).join('')).toBe(huge);
		expect(all[0].id).toBe('situation');
		expect(all[1].getAttribute('aria-label')).toBe(
			`Situation, continued (part 2 of ${all.length})`
		);
	});

	it('sends the whole text after typing in one part, and does not split its own echo again', async () => {
		const { boxes, onedit, view } = setup(huge);
		const last = boxes().at(-1)!;
		last.focus();
		last.setSelectionRange(last.value.length, last.value.length);
		await type(last, 'x');
		expect(onedit.mock.lastCall?.[0]).toBe(`${huge}x`);
		await view.rerender({ value: `${huge}x` });
		expect(boxes().at(-1)).toBe(last); // the same box: not split again
		expect(document.activeElement).toBe(last);
	});

	it('says where each edit inside a part changed the text, so the stash need not read it', async () => {
		const { boxes, onedit, view } = setup(huge);
		let current = huge;
		const follow = () => {
			const [value, edit] = onedit.mock.lastCall!;
			expect(edit.before).toBe(current);
			const applied =
				current.slice(0, edit.from) + edit.text + current.slice(current.length - edit.toEnd);
			expect(applied).toBe(value);
			current = value;
		};
		const last = boxes().at(-1)!;
		last.focus();
		last.setSelectionRange(last.value.length, last.value.length);
		await type(last, 'x');
		follow();
		await view.rerender({ value: current });
		await type(await enter(boxes, 2), 'y');
		follow();
		await type(boxes()[2] as HTMLTextAreaElement, 'z');
		follow();
		// Across a boundary the parts change: the whole text is sent, with no edit.
		const fourth = await enter(boxes, 3);
		fourth.setSelectionRange(0, 0);
		await fireEvent.keyDown(fourth, { key: 'Backspace' });
		expect(onedit.mock.lastCall![1]).toBeUndefined();
	});

	it('splits a text from elsewhere (another tab) afresh, keeping the caret where it was', async () => {
		const { boxes, view } = setup(huge);
		const second = await enter(boxes, 1);
		second.setSelectionRange(3, 3);
		const offset = boxes()[0].value.length + 3;
		const other = `Another tab: ${huge}`;
		await view.rerender({ value: other });
		await tick();
		await tick();
		expect(boxes().map(text).join('')).toBe(other);
		const focused = document.activeElement as HTMLTextAreaElement;
		const before = boxes().slice(0, boxes().indexOf(focused));
		expect(before.reduce((n, b) => n + text(b).length, 0) + focused.selectionStart).toBe(offset);
	});

	it('crosses into the next and previous part with the arrow keys', async () => {
		const { boxes } = setup(huge);
		const first = boxes()[0];
		first.focus();
		first.setSelectionRange(first.value.length, first.value.length);
		await fireEvent.keyDown(first, { key: 'ArrowRight' });
		await tick();
		const second = boxes()[1];
		expect(document.activeElement).toBe(second);
		expect(second.selectionStart).toBe(0);
		await fireEvent.keyDown(second, { key: 'ArrowUp' });
		expect(document.activeElement).toBe(first);
		expect(first.selectionStart).toBe(first.value.length);
	});

	it('deletes across the boundary with Backspace and Delete', async () => {
		const { boxes, onedit } = setup(huge);
		const first = boxes()[0];
		const cut = first.value.length;
		const second = await enter(boxes, 1);
		second.setSelectionRange(0, 0);
		await fireEvent.keyDown(second, { key: 'Backspace' });
		expect(onedit.mock.lastCall?.[0]).toBe(huge.slice(0, cut - 1) + huge.slice(cut));
		first.focus();
		first.setSelectionRange(first.value.length, first.value.length);
		await fireEvent.keyDown(first, { key: 'Delete' });
		expect(onedit.mock.lastCall?.[0]).toBe(huge.slice(0, cut - 1) + huge.slice(cut + 1));
	});

	it('makes only the first, the last and the part being edited textareas; the rest stand in as their text', async () => {
		const { boxes, onedit } = setup(huge);
		const textareas = () => [...document.querySelectorAll('textarea')];
		expect(boxes().length).toBeGreaterThan(5);
		expect(textareas()).toEqual([boxes()[0], boxes().at(-1)]);
		const third = boxes()[2];

		const box = await enter(boxes, 2);
		expect(box.selectionStart).toBe(0);
		expect(textareas()).toEqual([boxes()[0], box, boxes().at(-1)]);
		await type(box, 'x');
		const before = text(boxes()[0]) + text(boxes()[1]);
		expect(onedit.mock.lastCall?.[0]).toBe(`${before}x${huge.slice(before.length)}`);

		// Entering another part makes that one the box; the one left shows its edited text.
		await enter(boxes, 3);
		expect(textareas()).toHaveLength(3);
		expect(boxes()[2]).not.toBeInstanceOf(HTMLTextAreaElement);
		expect(text(boxes()[2])).toBe(`x${text(third)}`);
	});

	it('cuts a long part into box-sized parts when it is entered, so a keystroke lays out little', async () => {
		const { boxes, view } = setup(huge);
		expect(boxes()[0].value.length).toBeLessThanOrEqual(BOX_CHARS * 1.5);
		expect(boxes().at(-1)!.value.length).toBeLessThanOrEqual(BOX_CHARS * 1.5);
		const long = boxes().findIndex((b) => text(b).length > BOX_CHARS * 1.5);
		expect(long).toBeGreaterThan(0);
		const count = boxes().length;

		const box = await enter(boxes, long);
		expect(box.value.length).toBeLessThanOrEqual(BOX_CHARS * 1.5);
		expect(box.selectionStart).toBe(0);
		expect(boxes().length).toBeGreaterThan(count);
		expect(boxes().map(text).join('')).toBe(huge);
		expect(document.querySelectorAll('textarea')).toHaveLength(3);

		// A caret placed deep inside a long part (here: after another tab's edit) lands in its piece.
		box.setSelectionRange(1_100, 1_100);
		const offset =
			boxes()
				.slice(0, long)
				.reduce((n, b) => n + text(b).length, 0) + 1_100;
		const other = `X${huge}`;
		await view.rerender({ value: other });
		await tick();
		await tick();
		const focused = document.activeElement as HTMLTextAreaElement;
		expect(focused).toBeInstanceOf(HTMLTextAreaElement);
		expect(focused.value.length).toBeLessThanOrEqual(BOX_CHARS * 1.5);
		expect(boxes().map(text).join('')).toBe(other);
		const before = boxes().slice(0, boxes().indexOf(focused));
		expect(before.reduce((n, b) => n + text(b).length, 0) + focused.selectionStart).toBe(offset);
	});

	it('keeps the parts that stand in out of reach while the field is disabled', () => {
		const { boxes } = setup(huge, true);
		const standIn = boxes()[1];
		expect(standIn).not.toBeInstanceOf(HTMLTextAreaElement);
		expect(standIn.getAttribute('aria-disabled')).toBe('true');
		expect(standIn.tabIndex).toBe(-1);
	});

	it('switches to parts when a paste makes the text huge, with the caret in its place', async () => {
		const { boxes, onedit, view } = setup('Notes: ');
		const box = boxes()[0];
		box.focus();
		box.setSelectionRange(7, 7);
		await type(box, huge);
		expect(onedit.mock.lastCall?.[0]).toBe(`Notes: ${huge}`);
		await view.rerender({ value: `Notes: ${huge}` });
		await tick();
		expect(boxes().length).toBeGreaterThan(5);
		expect(document.activeElement).toBe(boxes().at(-1));
		expect(boxes().at(-1)!.selectionStart).toBe(boxes().at(-1)!.value.length);

		await view.rerender({ value: 'Short again.' });
		await tick();
		expect(boxes()).toHaveLength(1);
		expect(boxes()[0].value).toBe('Short again.');
	});
});
