import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet';
import { stem } from './stem';

describe('highlight', () => {
	it('marks every word with a matched stem, whatever its case, accents or ending', () => {
		expect(
			highlight('Conflict, then CONFLICTS and a résumé.', ['conflict', stem('resume')])
		).toEqual([
			{ text: 'Conflict', match: true },
			{ text: ', then ', match: false },
			{ text: 'CONFLICTS', match: true },
			{ text: ' and a ', match: false },
			{ text: 'résumé', match: true },
			{ text: '.', match: false }
		]);
	});

	it('marks a compound when one of its words matched', () => {
		expect(highlight("The on-call rota and the team's plan", ['call', 'team'])).toEqual([
			{ text: 'The ', match: false },
			{ text: 'on-call', match: true },
			{ text: ' rota and the ', match: false },
			{ text: "team's", match: true },
			{ text: ' plan', match: false }
		]);
	});

	it('returns the text as one part when nothing matches', () => {
		expect(highlight('Nothing here', ['else'])).toEqual([{ text: 'Nothing here', match: false }]);
		expect(highlight('Nothing here', [])).toEqual([{ text: 'Nothing here', match: false }]);
		expect(highlight('', ['x'])).toEqual([]);
	});
});

describe('snippet', () => {
	const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
	const long = [...words.slice(0, 280), 'Hypercare', ...words.slice(280)].join(' ');

	it('cuts around the first match at word boundaries', () => {
		const s = snippet(long, [stem('hypercare')], 80);
		expect(s.length).toBeLessThanOrEqual(82);
		expect(s).toMatch(/^…word\d+ .* Hypercare .*word\d+…$/);
		expect(s.indexOf('Hypercare')).toBeLessThan(40);
	});

	it('ends at the text end when the match is near it', () => {
		const s = snippet(long, ['word299'], 80);
		expect(s.startsWith('…')).toBe(true);
		expect(s.endsWith('word299')).toBe(true);
	});

	it('starts at the beginning when nothing matches, and collapses whitespace', () => {
		expect(snippet(long, ['absent'], 40)).toMatch(/^word0 word1 .*…$/);
		expect(snippet('  short\n\ntext  ', ['short'])).toBe('short · text');
	});
});

describe('snippet line breaks', () => {
	it('keeps list items and STAR parts apart', () => {
		expect(snippet('First item\nSecond item.\nThird', [])).toBe('First item · Second item. Third');
	});
});
