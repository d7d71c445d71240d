import { describe, expect, it } from 'vitest';
import { narrativeMarkdown, sectionStats } from './section-stats';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('sectionStats', () => {
	it('flags a 60-second section over about 140 words', () => {
		expect(sectionStats(words(140), 60)).toMatchObject({
			words: 140,
			seconds: 60,
			overTarget: false,
			targetWords: 140
		});
		expect(sectionStats(words(150), 60).overTarget).toBe(true);
		expect(sectionStats(words(280), 120).overTarget).toBe(false);
	});

	it('never flags sections without a target', () => {
		expect(sectionStats(words(900))).toMatchObject({ words: 900, overTarget: false });
	});

	it('uses the given speaking rate', () => {
		expect(sectionStats(words(160), 60, 160).overTarget).toBe(false);
	});
});

describe('narrativeMarkdown', () => {
	it('writes every section in order, marking the empty ones', () => {
		const md = narrativeMarkdown(
			'Your leadership narrative',
			[
				{ id: 'why', title: 'Why management' },
				{ id: 'now', title: 'Why now' }
			],
			new Map([['why', 'Because **people**.\n']]),
			new Date('2026-11-23T10:00:00Z')
		);
		expect(md).toBe(
			'# Your leadership narrative\n\n_Exported 2026-11-23 from STAR practice._\n\n' +
				'## Why management\n\nBecause **people**.\n\n## Why now\n\n_Not written yet._\n'
		);
	});
});
