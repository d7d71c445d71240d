import { describe, expect, it } from 'vitest';
import { collectWords, editsFor, normalize, parseQuery, phraseOf } from './text';

function wordsOf(text: string): string[] {
	const words = new Map<string, number>();
	collectWords(text, 1, words);
	return [...words.keys()];
}

describe('normalize', () => {
	it('lower-cases and strips accents', () => {
		expect(normalize('Café NAÏVE Résumé')).toBe('cafe naive resume');
		expect(normalize('Plain ASCII')).toBe('plain ascii');
	});
});

describe('collectWords', () => {
	it('drops apostrophes and single letters, keeps digits', () => {
		expect(wordsOf("The team's 2 on-calls weren't a problem")).toEqual([
			'the',
			'teams',
			'on',
			'calls',
			'oncalls',
			'werent',
			'problem'
		]);
	});

	it('joins short hyphenated compounds but not long ids', () => {
		expect(wordsOf('follow-up')).toEqual(['follow', 'up', 'followup']);
		expect(wordsOf('conflict-design-disagreement')).toEqual(['conflict', 'design', 'disagreement']);
	});

	it('or-s the field bits of a word seen in several fields', () => {
		const words = new Map<string, number>();
		collectWords('Conflict', 1, words);
		collectWords('conflict and more', 4, words);
		expect(words.get('conflict')).toBe(5);
		expect(words.get('more')).toBe(4);
	});
});

describe('phraseOf', () => {
	it('lists words in order, splitting hyphens', () => {
		expect(phraseOf('Conflict and hard conversations conflict-design-disagreement')).toBe(
			'conflict and hard conversations conflict design disagreement'
		);
	});
});

describe('parseQuery', () => {
	it('makes the last word a prefix while it is being typed', () => {
		expect(parseQuery('stakeholder manag')).toEqual([
			{ term: 'stakeholder', prefix: false, maxEdits: 2 },
			{ term: 'manag', prefix: true, maxEdits: 1 }
		]);
		expect(parseQuery('stakeholder manag ').at(-1)?.prefix).toBe(false);
		expect(parseQuery('conflict.').at(-1)?.prefix).toBe(false);
	});

	it('matches short words as prefixes, without typos', () => {
		expect(parseQuery('1:1 hard talk ')).toEqual([
			{ term: 'hard', prefix: true, maxEdits: 0 },
			{ term: 'talk', prefix: true, maxEdits: 0 }
		]);
	});

	it('allows one typo from 5 letters, two from 10, none with digits', () => {
		expect([
			editsFor('team'),
			editsFor('teams'),
			editsFor('stakehoder'),
			editsFor('q3roadmap')
		]).toEqual([0, 1, 2, 0]);
	});

	it('splits hyphenated queries into words and drops repeats', () => {
		expect(parseQuery('conflict-design-disagreement').map((t) => t.term)).toEqual([
			'conflict',
			'design',
			'disagreement'
		]);
		expect(parseQuery('team team')).toEqual([{ term: 'team', prefix: true, maxEdits: 0 }]);
		expect(parseQuery('conflict conflict')).toEqual([
			{ term: 'conflict', prefix: false, maxEdits: 1 }
		]);
	});

	it('returns nothing for empty, whitespace or punctuation-only queries', () => {
		for (const query of ['', '   ', '\n\t', '?!', '--', "'", '…', '🙂', 'a', 'a b c'])
			expect(parseQuery(query), JSON.stringify(query)).toEqual([]);
	});

	it('keeps at most 8 terms', () => {
		expect(parseQuery('one two three four five six seven eight nine ten')).toHaveLength(8);
	});
});
