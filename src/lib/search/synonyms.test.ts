import { describe, expect, it } from 'vitest';
import { stem } from './stem';
import { Synonyms } from './synonyms';

const synonyms = new Synonyms([
	['1:1', 'one-to-one', 'one on one'],
	['pip', 'performance improvement plan'],
	['push back', 'pushback', 'say no']
]);

/** The groups `scan` finds in a sentence, with where they start and how long they are. */
function found(text: string): Array<[number, number, number]> {
	const stems = text.split(' ').map(stem);
	const out: Array<[number, number, number]> = [];
	synonyms.scan(stems, (group, start, length) => out.push([group, start, length]));
	return out;
}

describe('Synonyms', () => {
	it('knows each one-word form by its stem, including joined compounds', () => {
		expect(synonyms.groupOf('1to1')).toBe(0);
		expect(synonyms.groupOf(stem('onetoone'))).toBe(0);
		expect(synonyms.groupOf('pip')).toBe(1);
		expect(synonyms.groupOf(stem('pushback'))).toBe(2);
		expect(synonyms.groupOf('performance')).toBeUndefined();
	});

	it('finds multi-word forms in a text, in any inflection', () => {
		expect(found('we ran a performance improvement plan')).toEqual([[1, 3, 3]]);
		expect(found('she pushed back and said no')).toEqual([
			[2, 1, 2],
			[2, 4, 2]
		]);
		expect(found('one on one chats')).toEqual([[0, 0, 3]]);
		expect(found('performance plans')).toEqual([]);
	});

	it('lists the words to match misspellings of, and the stems to highlight', () => {
		expect(synonyms.wordsOf(1)).toEqual(['pip']);
		const held =
			(...stems: string[]) =>
			(s: string) =>
				stems.includes(s);
		expect(synonyms.stemsOf(1, held('perform', 'improv', 'plan'))).toEqual([
			'perform',
			'improv',
			'plan'
		]);
		expect(synonyms.stemsOf(1, held('perform', 'plan', 'pip'))).toEqual(['pip']);
		expect(Synonyms.token(1)).toBe('=1');
		expect(synonyms.size).toBe(3);
	});
});
