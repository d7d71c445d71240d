import { describe, expect, it } from 'vitest';
import { similarTitles } from './similar-titles';

describe('similarTitles', () => {
	it('scores near-identical titles high and different ones low, most alike first', () => {
		const pairs = similarTitles([
			{ id: 'a', text: 'Tell me about a time you gave difficult feedback to a peer.' },
			{ id: 'b', text: 'Describe a time you gave difficult feedback to a peer.' },
			{ id: 'c', text: 'How do you plan a roadmap for your team?' }
		]);
		expect(pairs[0]).toEqual(['a', 'b', 1]);
		expect(pairs.slice(1).every(([, , s]) => s < 0.2)).toBe(true);
	});

	it('treats two titles made only of common words as identical', () => {
		expect(
			similarTitles([
				{ id: 'a', text: 'Tell me.' },
				{ id: 'b', text: 'Tell me!' }
			])
		).toEqual([['a', 'b', 1]]);
	});
});
