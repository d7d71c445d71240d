import { describe, expect, it } from 'vitest';
import { findTerms, highlightRanges, sentenceRanges } from './text-ranges';

describe('findTerms', () => {
	it('matches whole words and phrases in any case, with exact ranges', () => {
		const text = 'I’m sure WE’VE met; we ve not. Weekly, we’ve';
		const found = findTerms(text, ["we've", "I'm"]);
		expect(found.map((m) => m.text)).toEqual(['I’m', 'WE’VE', 'we’ve']);
		expect(found.map((m) => m.term)).toEqual(["I'm", "we've", "we've"]);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('prefers the longer term where two start together, so nothing counts twice', () => {
		const found = findTerms("I'd say I think maybe, I'd", ['I', "I'd", 'I think maybe', 'maybe']);
		expect(found.map((m) => m.text)).toEqual(["I'd", 'I think maybe', "I'd"]);
	});

	it('treats regex characters in terms literally and ignores blank terms', () => {
		const text = 'We moved from .NET to C++ (v2) and a.bc';
		expect(findTerms(text, ['.NET', 'C++', '(v2)', 'a.b', '', '   ']).map((m) => m.text)).toEqual([
			'.NET',
			'C++',
			'(v2)'
		]);
		expect(findTerms('', ['x'])).toEqual([]);
		expect(findTerms('text', [])).toEqual([]);
	});
});

describe('sentenceRanges', () => {
	it('splits at sentence ends and line breaks, trimming bullets and spaces', () => {
		const text = '  First one. Second? "Quoted!" Then 3.5x\n- bullet line\n2. numbered';
		const ranges = sentenceRanges(text);
		expect(ranges.map((r) => r.text)).toEqual([
			'First one.',
			'Second?',
			'"Quoted!"',
			'Then 3.5x',
			'bullet line',
			'numbered'
		]);
		for (const r of ranges) expect(text.slice(r.start, r.end)).toBe(r.text);
		expect(sentenceRanges('  \n\n ')).toEqual([]);
	});
});

describe('highlightRanges', () => {
	const text = 'we did it, and we won';

	it('cuts the text into plain and marked runs that spell it back', () => {
		const parts = highlightRanges(text, [
			{ start: 15, end: 17 },
			{ start: 0, end: 2 }
		]);
		expect(parts).toEqual([
			{ text: 'we', match: true },
			{ text: ' did it, and ', match: false },
			{ text: 'we', match: true },
			{ text: ' won', match: false }
		]);
	});

	it('merges overlapping and touching ranges', () => {
		const parts = highlightRanges(text, [
			{ start: 0, end: 6 },
			{ start: 3, end: 9 },
			{ start: 9, end: 10 }
		]);
		expect(parts).toEqual([
			{ text: 'we did it,', match: true },
			{ text: ' and we won', match: false }
		]);
	});

	it('skips ranges that no longer fit the text', () => {
		const parts = highlightRanges(text, [
			{ start: 0, end: 2, text: 'us' },
			{ start: 19, end: 40 },
			{ start: 5, end: 5 },
			{ start: -1, end: 1 }
		]);
		expect(parts).toEqual([{ text, match: false }]);
		expect(highlightRanges('', [{ start: 0, end: 1 }])).toEqual([]);
	});
});
