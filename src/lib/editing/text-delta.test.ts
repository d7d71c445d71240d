import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';
import {
	applyChange,
	deltaLength,
	diffFrom,
	textOf,
	unchanged,
	type TextChange,
	type TextDelta
} from './text-delta';

/** What `change` makes of `text`, done the plain way. */
const plain = (text: string, c: TextChange) =>
	text.slice(0, c.from) + c.text + text.slice(text.length - c.toEnd);

describe('a text as a base plus what differs', () => {
	const base = 'The start. ' + 'a middle sentence. '.repeat(200) + 'The end.';

	it('stands for its base unchanged, with nothing kept beside it', () => {
		const d = unchanged(base);
		expect(d.middle).toBe('');
		expect(textOf(base, d)).toBe(base);
		expect(deltaLength(d)).toBe(base.length);
	});

	it('keeps only the typing at the end, however long the base', () => {
		let d = unchanged(base);
		let text = base;
		for (const key of ' More.') {
			const change = { from: text.length, toEnd: 0, text: key };
			d = applyChange(base, d, change);
			text = plain(text, change);
		}
		expect(d).toEqual({ head: base.length, middle: ' More.', tail: 0 });
		expect(textOf(base, d)).toBe(text);
	});

	it('keeps the span between two edits far apart, and the text exactly', () => {
		const first = { from: 3, toEnd: base.length - 3, text: 'X' }; // "The" + "X" + " start…"
		let d = applyChange(base, unchanged(base), first);
		let text = plain(base, first);
		const second = { from: 100, toEnd: text.length - 103, text: 'middle edit' }; // replaces 3
		d = applyChange(base, d, second);
		text = plain(text, second);
		expect(textOf(base, d)).toBe(text);
		expect(d).toMatchObject({ head: 3, tail: text.length - 100 - 'middle edit'.length });
		expect(d.middle.length).toBe(97 + 'middle edit'.length);
	});

	it('matches the plain edit after many random edits, deletions and replacements', () => {
		const next = seededRandom(7);
		let d: TextDelta = unchanged(base);
		let text = base;
		for (let i = 0; i < 500; i++) {
			const from = Math.floor(next() * (text.length + 1));
			const removed = Math.floor(next() * Math.min(20, text.length - from + 1));
			const change = {
				from,
				toEnd: text.length - from - removed,
				text: 'xyz'.slice(0, Math.floor(next() * 4))
			};
			d = applyChange(base, d, change);
			text = plain(text, change);
			expect(deltaLength(d)).toBe(text.length);
		}
		expect(textOf(base, d)).toBe(text);
	});

	it('refuses a change that does not fit the text', () => {
		expect(() => applyChange('abc', unchanged('abc'), { from: 2, toEnd: 2, text: '' })).toThrow(
			RangeError
		);
	});

	it('finds what changed between two texts by comparing them', () => {
		const edited = base.slice(0, 500) + 'inserted' + base.slice(505);
		const d = diffFrom(base, edited);
		expect(d).toEqual({ head: 500, middle: 'inserted', tail: base.length - 505 });
		expect(textOf(base, d)).toBe(edited);
		expect(diffFrom(base, base)).toEqual({ head: base.length, middle: '', tail: 0 });
		expect(textOf(base, diffFrom(base, ''))).toBe('');
		expect(textOf('', diffFrom('', base))).toBe(base);
	});

	it('finds the change when the text repeats around it (head and tail never overlap)', () => {
		const d = diffFrom('aaaa', 'aaaaaa');
		expect(d.head + d.tail).toBeLessThanOrEqual(4);
		expect(textOf('aaaa', d)).toBe('aaaaaa');
		const long = 'x'.repeat(200_000);
		expect(textOf(long, diffFrom(long, `${long.slice(0, 70_000)}y${long.slice(70_000)}`))).toBe(
			`${long.slice(0, 70_000)}y${long.slice(70_000)}`
		);
	});
});
