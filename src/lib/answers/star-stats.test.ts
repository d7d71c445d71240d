import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/editing/seeded-random';
import { countEdited, countWords, formatDuration, speakingSeconds, starStats } from './star-stats';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('countWords', () => {
	it('counts spoken words, not markdown or punctuation', () => {
		expect(countWords('')).toBe(0);
		expect(countWords('   \n ')).toBe(0);
		expect(countWords('I led the **on-call** rota — for 6 months.')).toBe(8);
		expect(countWords("- we didn't ship\n- I did: 3.5x faster")).toBe(7);
		expect(countWords('Équipe à Zürich')).toBe(3);
	});

	it('counts each text from its start, whatever was counted before (one shared pattern)', () => {
		expect(countWords('one two three four five six')).toBe(6);
		expect(countWords('one two')).toBe(2);
		expect(countWords('x')).toBe(1);
		const megabyte = 'We had two weeks and a team that disagreed. '.repeat(25_000);
		expect(countWords(megabyte)).toBe(9 * 25_000);
		expect(countWords(megabyte)).toBe(9 * 25_000);
	});
});

describe('counting a long text again after an edit', () => {
	/** The words as the pattern finds them, the plain way. */
	const reference = (text: string) =>
		text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
	// Pieces that join, split and make words: joiners, breaks, letters, digits, an emoji, markdown.
	const pieces = [
		'a',
		'b',
		'7',
		' ',
		'\n',
		'-',
		"'",
		'’',
		'.',
		'é',
		'😀',
		'**',
		' word ',
		'x-y',
		'\t'
	];

	it('gives the same count as counting the whole text, over many random edits', () => {
		const next = seededRandom(24);
		let text = 'We had two weeks, and a team that disagreed on on-call. '.repeat(420);
		let counted = { text, words: reference(text) };
		for (let i = 0; i < 250; i++) {
			const at = Math.floor(next() * text.length);
			const cut = Math.floor(next() * 6);
			const insert = Array.from(
				{ length: Math.floor(next() * 4) },
				() => pieces[Math.floor(next() * pieces.length)]
			).join('');
			text = text.slice(0, at) + insert + text.slice(at + cut);
			const edited = countEdited(counted, text);
			expect(edited?.words).toBe(reference(text));
			expect(countWords(text)).toBe(reference(text));
			counted = { text, words: edited!.words };
		}
	});

	it('reads only around the edit in a megabyte, and the whole of an unrelated text', () => {
		const megabyte = 'We had two weeks and a team that disagreed. '.repeat(25_000);
		const middle = megabyte.length / 2;
		const edited = `${megabyte.slice(0, middle)}Then we agreed${megabyte.slice(middle)}`;
		const result = countEdited({ text: megabyte, words: 9 * 25_000 }, edited);
		expect(result).toEqual({ words: reference(edited), read: expect.any(Number) });
		expect(result!.read).toBeLessThan(200);
		expect(countEdited({ text: megabyte, words: 9 * 25_000 }, 'x '.repeat(300_000))).toBe(
			undefined
		);
	});
});

describe('speaking time', () => {
	it('uses about 140 words per minute by default', () => {
		expect(speakingSeconds(140)).toBe(60);
		expect(speakingSeconds(350)).toBe(150);
		expect(speakingSeconds(150, 150)).toBe(60);
	});

	it('formats durations for people', () => {
		expect(formatDuration(40)).toBe('40 s');
		expect(formatDuration(60)).toBe('1 min');
		expect(formatDuration(85)).toBe('1 min 25 s');
		expect(formatDuration(-3)).toBe('0 s');
		expect(formatDuration(59 * 60 + 59)).toBe('59 min 59 s');
		expect(formatDuration(3600)).toBe('1 h');
		expect(formatDuration(85_234)).toBe('23 h 40 min');
	});
});

describe('starStats', () => {
	it('reports counts, total, time and shares', () => {
		const s = starStats({
			situation: words(20),
			task: words(20),
			action: words(120),
			result: words(40)
		});
		expect(s.words).toEqual({ situation: 20, task: 20, action: 120, result: 40 });
		expect(s.total).toBe(200);
		expect(s.seconds).toBe(86);
		expect(s.share.action).toBeCloseTo(0.6);
	});

	it('counts nothing in an empty answer', () => {
		const empty = starStats({ situation: '', task: '', action: '', result: '' });
		expect(empty.total).toBe(0);
		expect(empty.share.action).toBe(0);
	});
});
