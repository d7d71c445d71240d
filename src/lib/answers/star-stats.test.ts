import { describe, expect, it } from 'vitest';
import { countWords, formatDuration, speakingSeconds, starStats } from './star-stats';

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
