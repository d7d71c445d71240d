import { describe, expect, it } from 'vitest';
import { forEachWord, isIndexable, normalize, queryWords } from './text';

function wordsOf(text: string): string[] {
	const words: string[] = [];
	forEachWord(text, (word, joined) => words.push(joined ? `+${word}` : word));
	return words;
}

describe('normalize', () => {
	it('lower-cases and strips accents', () => {
		expect(normalize('Café NAÏVE Résumé')).toBe('cafe naive resume');
		expect(normalize('Plain ASCII')).toBe('plain ascii');
	});
});

describe('forEachWord', () => {
	it('lists words in order, apostrophes dropped, hyphenated parts then their joined form', () => {
		expect(wordsOf("The team's on-call wasn't a problem")).toEqual([
			'the',
			'teams',
			'on',
			'call',
			'+oncall',
			'wasnt',
			'a',
			'problem'
		]);
	});

	it('keeps a ratio as one word and joins only short compounds', () => {
		expect(wordsOf('Held 1:1s weekly')).toEqual(['held', '1to1s', 'weekly']);
		expect(wordsOf('conflict-design-disagreement')).toEqual(['conflict', 'design', 'disagreement']);
	});
});

describe('isIndexable', () => {
	it('skips stop words and single letters, keeps digits and particles', () => {
		expect(['the', 'how', 'a', 'x', 'dealing'].map(isIndexable)).toEqual([
			false,
			false,
			false,
			false,
			false
		]);
		expect(['7', 'up', 'no', 'back', 'conflict'].map(isIndexable)).toEqual([
			true,
			true,
			true,
			true,
			true
		]);
	});
});

describe('queryWords', () => {
	it('marks the last word open while it is being typed', () => {
		const open = (q: string) => queryWords(q).map((w) => w.open);
		expect(open('stakeholder manag')).toEqual([false, true]);
		expect(open('stakeholder manag ')).toEqual([false, false]);
		expect(open('conflict.')).toEqual([false]);
	});

	it('gives each word its stem, whether it is a stop word, and where it was typed', () => {
		const [how, , , mentoring] = queryWords('How do I Mentoring?');
		expect(how).toMatchObject({ word: 'how', stop: true });
		expect(mentoring).toMatchObject({ word: 'mentoring', stem: 'mentor', stop: false });
		expect('How do I Mentoring?'.slice(mentoring.start, mentoring.end)).toBe('Mentoring');
	});

	it('keeps a hyphenated compound’s parts and its joined form', () => {
		expect(queryWords('1-on-1').map((w) => [w.word, w.joined])).toEqual([
			['1', false],
			['on', false],
			['1', false],
			['1on1', true]
		]);
	});

	it('returns nothing for empty, whitespace or punctuation-only queries', () => {
		for (const query of ['', '   ', '\n\t', '?!', '--', "'", '…', '🙂'])
			expect(queryWords(query), JSON.stringify(query)).toEqual([]);
	});
});
