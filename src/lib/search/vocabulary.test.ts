import { describe, expect, it } from 'vitest';
import { Vocabulary, type WordMatch } from './vocabulary';

/** Optimal string alignment distances from `a` to every prefix of `b`, the plain way. */
function osaToPrefixes(a: string, b: string): number[] {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			d[i][j] = Math.min(
				d[i - 1][j] + 1,
				d[i][j - 1] + 1,
				d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length];
}

function naiveMatch(words: string[], term: string, k: number, prefix: boolean): WordMatch[] {
	const out: WordMatch[] = [];
	for (const word of words) {
		// A second typo needs a correct first letter (see Vocabulary.match).
		const limit = k > 1 && word[0] !== term[0] ? 1 : k;
		const toPrefixes = osaToPrefixes(term, word);
		const whole = toPrefixes[word.length];
		const best = prefix ? Math.min(...toPrefixes) : whole;
		if (prefix && best < whole && best <= limit) out.push({ word, distance: best, prefix: true });
		else if (whole <= limit) out.push({ word, distance: whole, prefix: false });
	}
	return out;
}

const byWord = (a: WordMatch, b: WordMatch) => (a.word < b.word ? -1 : 1);

describe('Vocabulary', () => {
	const vocabulary = new Vocabulary();
	for (const w of [
		'conflict',
		'conflicts',
		'conflicted',
		'confidence',
		'stakeholder',
		'stakeholders',
		'stake',
		'team',
		'teams',
		'teamwork',
		'tea'
	])
		vocabulary.add(w);

	it('finds exact words and prefixes', () => {
		expect(vocabulary.match('team', 0, false)).toEqual([
			{ word: 'team', distance: 0, prefix: false }
		]);
		expect(vocabulary.match('tea', 0, true).map((m) => m.word)).toEqual([
			'tea',
			'team',
			'teams',
			'teamwork'
		]);
		expect(vocabulary.match('xyz', 0, true)).toEqual([]);
	});

	it('counts a swap of neighbours as one typo', () => {
		expect(vocabulary.match('conflcit', 1, false)).toEqual([
			{ word: 'conflict', distance: 1, prefix: false }
		]);
	});

	it('matches a mistyped prefix of a longer word', () => {
		expect(
			vocabulary
				.match('stakehod', 1, true)
				.map((m) => m.word)
				.sort()
		).toEqual(['stakeholder', 'stakeholders']);
		expect(vocabulary.match('stakehod', 1, false)).toEqual([]);
	});

	it('keeps the set right through adds and deletes', () => {
		const v = new Vocabulary();
		const words = Array.from({ length: 100 }, (_, i) => `w${(i * 37) % 100}x`);
		for (const w of words) v.add(w);
		v.add('w1x');
		for (const w of words.slice(0, 50)) v.delete(w);
		v.delete('missing');
		expect(v.size).toBe(50);
		expect(v.words()).toEqual([...words.slice(50)].sort());
		v.add('aaa'); // a single insert into the sorted list
		v.delete(words[60]);
		expect(v.words()[0]).toBe('aaa');
		expect(v.has(words[60])).toBe(false);
		expect(v.size).toBe(50);
	});

	it('agrees with a brute-force search on random words', () => {
		let seed = 42;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const letters = 'eeeaaiioonrstlcdm';
		const word = (min: number, spread: number) =>
			Array.from(
				{ length: min + Math.floor(random() * spread) },
				() => letters[Math.floor(random() * letters.length)]
			).join('');
		const words = [...new Set(Array.from({ length: 1000 }, () => word(2, 10)))];
		const v = new Vocabulary();
		for (const w of words) v.add(w);
		let found = 0;
		for (let n = 0; n < 30; n++) {
			const term = n % 2 ? word(5, 8) : words[Math.floor(random() * words.length)].slice(0, 8);
			if (term.length < 5) continue;
			for (const k of [1, 2])
				for (const prefix of [false, true]) {
					const expected = naiveMatch(words, term, k, prefix).sort(byWord);
					expect(v.match(term, k, prefix).sort(byWord), `${term} ${k} ${prefix}`).toEqual(expected);
					found += expected.length;
				}
		}
		expect(found).toBeGreaterThan(50); // the walk was really tested
	});
});
