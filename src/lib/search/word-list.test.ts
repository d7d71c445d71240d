import { describe, expect, it } from 'vitest';
import { typos, WordList } from './word-list';

describe('typos', () => {
	it('counts edits, a swap of neighbours as one', () => {
		expect(typos('confict', 'conflict')).toEqual({ distance: 1, partial: false });
		expect(typos('hypercrae', 'hypercare')).toEqual({ distance: 1, partial: false });
		expect(typos('stakehoder', 'stakeholder')).toEqual({ distance: 1, partial: false });
		expect(typos('team', 'team')).toEqual({ distance: 0, partial: false });
	});

	it('measures against the start of a longer word when that is closer', () => {
		expect(typos('stakeh', 'stakeholders')).toEqual({ distance: 0, partial: true });
		expect(typos('stakhe', 'stakeholders')).toEqual({ distance: 1, partial: true });
	});
});

describe('WordList', () => {
	const list = () => {
		const words = new WordList();
		for (const w of ['conflict', 'conflicts', 'confidence', 'stakeholder', 'stake', 'team'])
			words.add(w);
		return words;
	};

	it('lists words starting with a prefix, in order, without the prefix itself', () => {
		expect(list().startingWith('conf', 10)).toEqual(['confidence', 'conflict', 'conflicts']);
		expect(list().startingWith('stake', 10)).toEqual(['stakeholder']);
		expect(list().startingWith('conf', 1)).toEqual(['confidence']);
	});

	it('finds words a typo away with fuse.js, closest and whole words first', () => {
		const hits = list().fuzzy('confict');
		expect(hits[0]).toEqual({ word: 'conflict', distance: 1, partial: false });
		expect(hits.map((h) => h.word)).not.toContain('confidence');
		// A whole word is not matched against the start of longer ones unless it is being typed.
		expect(list().fuzzy('stakhe')).toEqual([{ word: 'stake', distance: 1, partial: false }]);
		expect(list().fuzzy('stakhe', true)).toEqual([
			{ word: 'stake', distance: 1, partial: false },
			{ word: 'stakeholder', distance: 1, partial: true }
		]);
		expect(list().fuzzy('zebra')).toEqual([]);
	});

	it('allows two typos only from ten letters', () => {
		const words = new WordList();
		words.add('stakeholders');
		words.add('teams');
		expect(words.fuzzy('stakholdrs').map((h) => h.word)).toEqual(['stakeholders']);
		expect(words.fuzzy('taems')).toEqual([{ word: 'teams', distance: 1, partial: false }]);
		expect(words.fuzzy('tmaes')).toEqual([]);
	});

	it('counts documents per word and forgets a word with its last document', () => {
		const words = list();
		words.add('team');
		words.delete('team');
		expect(words.has('team')).toBe(true);
		words.delete('team');
		expect(words.has('team')).toBe(false);
		expect(words.startingWith('te', 10)).toEqual([]);
		expect(words.fuzzy('taem')).toEqual([]);
		words.add('teams');
		expect(words.fuzzy('taems').map((h) => h.word)).toEqual(['teams']);
		expect(words.size).toBe(6);
	});
});
