import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';
import {
	BOX_CHARS,
	charAfter,
	charBefore,
	locate,
	offsetOf,
	PART_CHARS,
	splitForEditing,
	splitText
} from './text-parts';

const PIECES = [
	'a',
	'word',
	' ',
	'  ',
	'\n',
	'\n\n',
	'\r\n',
	'\r',
	'\t',
	'é',
	'😀',
	'\u{1F469}\u200D\u{1F4BB}',
	'—'
];

function randomText(next: () => number, length: number): string {
	let text = '';
	while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
	return text;
}

describe('splitText', () => {
	it('gives back the text exactly when joined, for random text of every shape', () => {
		const next = seededRandom(24);
		for (let run = 0; run < 300; run++) {
			const size = 2 + Math.floor(next() * 40);
			const text = randomText(next, Math.floor(next() * size * 12));
			const parts = splitText(text, size);
			expect(parts.join('')).toBe(text);
			expect(parts.length).toBeGreaterThan(0);
			if (parts.length > 1) for (const part of parts) expect(part.length).toBeGreaterThan(0);
			for (const [i, part] of parts.entries()) {
				expect(part.length).toBeLessThanOrEqual(Math.ceil(size * 1.5));
				if (i === parts.length - 1) continue;
				const last = part.charCodeAt(part.length - 1);
				expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
				expect(part.endsWith('\r') && parts[i + 1].startsWith('\n')).toBe(false);
			}
		}
	});

	it('keeps the empty text as one empty part, and a short text whole', () => {
		expect(splitText('')).toEqual(['']);
		expect(splitText('one line')).toEqual(['one line']);
	});

	it('splits a megabyte into parts of about PART_CHARS, after line breaks', () => {
		const text = 'A paragraph about the migration.\n'.repeat(32_000);
		const parts = splitText(text);
		expect(parts.join('')).toBe(text);
		expect(parts.length).toBeGreaterThan(text.length / (PART_CHARS * 1.5));
		for (const part of parts.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
	});

	it('splits for editing with box-sized ends and longer parts between', () => {
		const text = 'We had two weeks and a team that disagreed on everything. '.repeat(18_000);
		const parts = splitForEditing(text);
		expect(parts.join('')).toBe(text);
		for (const end of [parts[0], parts.at(-1)!])
			expect(end.length).toBeLessThanOrEqual(BOX_CHARS * 1.5);
		const middle = parts.slice(1, -1).filter((p) => p.length > BOX_CHARS * 1.5);
		expect(middle.length).toBeGreaterThan(text.length / (PART_CHARS * 1.5) - 2);
		expect(parts.length).toBeLessThan(text.length / (PART_CHARS / 2));
		expect(splitForEditing('')).toEqual(['']);
		expect(splitForEditing('one line')).toEqual(['one line']);
	});

	it('splits text without line breaks after spaces, and text without spaces anywhere', () => {
		const words = 'We had two weeks and a team that disagreed. '.repeat(1000);
		const byWords = splitText(words, 500);
		expect(byWords.join('')).toBe(words);
		for (const part of byWords.slice(0, -1)) expect(part.endsWith(' ')).toBe(true);

		const solid = 'x'.repeat(2000);
		expect(splitText(solid, 500)).toEqual([
			'x'.repeat(500),
			'x'.repeat(500),
			'x'.repeat(500),
			'x'.repeat(500)
		]);
	});

	it('never cuts a surrogate pair or a CRLF in two', () => {
		const emoji = '😀'.repeat(1000);
		for (const part of splitText(emoji, 101)) expect(part.length % 2).toBe(0);
		const crlf = 'line\r\n'.repeat(1000);
		for (const part of splitText(crlf, 100).slice(0, -1)) expect(part.endsWith('\r\n')).toBe(true);
	});
});

describe('locate and offsetOf', () => {
	it('map every offset of the joined text to a part and back', () => {
		const parts = ['abc', 'de', 'fghi'];
		for (let offset = 0; offset <= 9; offset++) {
			const { index, at } = locate(parts, offset);
			expect(offsetOf(parts, index, at)).toBe(offset);
			expect(at).toBeLessThanOrEqual(parts[index].length);
		}
		expect(locate(parts, 3)).toEqual({ index: 1, at: 0 });
		expect(locate(parts, 9)).toEqual({ index: 2, at: 4 });
		expect(locate(parts, 99)).toEqual({ index: 2, at: 4 });
		expect(locate([''], 0)).toEqual({ index: 0, at: 0 });
	});
});

describe('charBefore and charAfter', () => {
	it('count a surrogate pair or a CRLF as one character', () => {
		expect(charBefore('a😀', 3)).toBe(2);
		expect(charBefore('a\r\n', 3)).toBe(2);
		expect(charBefore('ab', 2)).toBe(1);
		expect(charBefore('ab', 0)).toBe(0);
		expect(charAfter('😀a', 0)).toBe(2);
		expect(charAfter('\r\na', 0)).toBe(2);
		expect(charAfter('ab', 1)).toBe(1);
		expect(charAfter('ab', 2)).toBe(0);
	});
});
