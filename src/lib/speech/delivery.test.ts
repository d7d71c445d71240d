import { describe, expect, it } from 'vitest';
import {
	actionStartMs,
	fillersText,
	findFillers,
	longPauses,
	paceText,
	speechReport,
	wordsPerMinute
} from './delivery';

const seg = (text: string, startMs: number, endMs: number) => ({ text, startMs, endMs });

describe('filler words', () => {
	// A labelled set, written before the patterns: each line with the fillers a listener hears.
	const LABELLED: [string, Record<string, number>][] = [
		['Um, so the team was, uh, behind by two weeks.', { um: 1, so: 1, uh: 1 }],
		['So I set up a weekly review, and it was like a fire drill.', { so: 1 }],
		[
			'It was, like, the worst launch, you know, and basically nobody slept.',
			{ like: 1, 'you know': 1, basically: 1 }
		],
		['I like the way she handled it; it looks like it worked.', {}],
		['Do you know what the deadline was? You know what, I asked.', {}],
		['We hit the date. So the lesson was to plan earlier.', { so: 1 }],
		['I mean, we literally rewrote the pager rules.', { 'I mean': 1, literally: 1 }],
		['Uh um erm hmm', { uh: 1, um: 3 }],
		['It was so slow that we rewrote it, so it went faster.', {}],
		['I mean to say the plan was fine.', {}],
		['Something like forty people were on call, you know.', { 'you know': 1 }]
	];

	it.each(LABELLED)('%s', (text, expected) => {
		const found = Object.fromEntries(findFillers(text).map((f) => [f.filler, f.count]));
		expect(found).toEqual(expected);
	});

	it('lists the most used filler first', () => {
		expect(findFillers('um uh um like um uh').map((f) => f.filler)).toEqual(['um', 'uh', 'like']);
	});
});

describe('pace', () => {
	it('is words per minute over the time spoken', () => {
		expect(wordsPerMinute(280, 120_000)).toBe(140);
		expect(wordsPerMinute(100, 30_000)).toBe(200);
	});

	it('says nothing for a few seconds or no words', () => {
		expect(wordsPerMinute(20, 5000)).toBeNull();
		expect(wordsPerMinute(0, 60_000)).toBeNull();
	});
});

describe('long pauses', () => {
	it('finds silences of 3 s or more before and between phrases', () => {
		const segments = [seg('one', 4000, 5000), seg('two', 6000, 7000), seg('three', 12_500, 13_000)];
		expect(longPauses(segments)).toEqual([
			{ atMs: 0, ms: 4000 },
			{ atMs: 7000, ms: 5500 }
		]);
	});

	it('overlapping phrases are not a pause', () => {
		expect(longPauses([seg('a', 0, 9000), seg('b', 2000, 3000), seg('c', 9500, 10_000)])).toEqual(
			[]
		);
	});
});

describe('where the Action starts', () => {
	it('is the first phrase saying what the speaker did', () => {
		const segments = [
			seg('our team was missing every deadline', 0, 4000),
			seg('I was the new manager and I had to fix it', 4500, 9000),
			seg('so I sat down with each engineer', 30_000, 33_000),
			seg('I decided to cut scope', 40_000, 42_000)
		];
		expect(actionStartMs(segments)).toBe(30_000);
	});

	it('is null when nothing sounds like an action', () => {
		expect(actionStartMs([seg('the team was behind', 0, 1000)])).toBeNull();
	});
});

describe('the speech report', () => {
	const text =
		'um so the team was behind and like nobody knew why um I was asked to fix it ' +
		'so I sat down with each engineer and I rewrote the plan and we shipped on time';
	const segments = [
		seg('um so the team was behind and like nobody knew why', 0, 6000),
		seg('um I was asked to fix it', 10_000, 13_000),
		seg('so I sat down with each engineer and I rewrote the plan', 40_000, 48_000),
		seg('and we shipped on time', 50_000, 52_000)
	];

	it('measures pace, fillers per minute, pauses and a late Action', () => {
		const report = speechReport(text, segments, 60_000);
		expect(report.words).toBe(35);
		expect(report.wordsPerMinute).toBe(35);
		expect(report.pace).toBe('slow');
		expect(report.fillers).toEqual([
			{ filler: 'um', count: 2 },
			{ filler: 'like', count: 1 },
			{ filler: 'so', count: 1 }
		]);
		expect(report.fillerCount).toBe(4);
		expect(report.fillersPerMinute).toBe(4);
		expect(report.pauses).toEqual([
			{ atMs: 6000, ms: 4000 },
			{ atMs: 13_000, ms: 27_000 }
		]);
		expect(report.actionStartMs).toBe(40_000);
		expect(report.lateAction).toBe(true);
	});

	it('reads the edited text for words and fillers, the segments for timing', () => {
		const report = speechReport('The team was behind. I rewrote the plan.', segments, 60_000);
		expect(report.fillerCount).toBe(0);
		expect(report.words).toBe(8);
		expect(report.actionStartMs).toBe(40_000);
	});
});

describe('the report in words', () => {
	it('names the pace against the range to aim for, and each filler with its rate', () => {
		const text =
			'um so I split the rota and um like it worked ' + 'and then we shipped '.repeat(25);
		const report = speechReport(text, [], 60_000);
		expect(paceText(report)).toMatch(
			/^\d+ words a minute \((a good pace|fast: slow down|slower than a listener likes); aim for \d+–\d+\)$/
		);
		expect(fillersText(report)).toBe('“um” ×2, “like” ×1, “so” ×1 (4 a minute)');
	});

	it('says when it is too short to tell, and when there were no fillers', () => {
		const report = speechReport('we shipped', [], 500);
		expect(paceText(report)).toBe('too short to tell');
		expect(fillersText(report)).toBe('none');
	});
});
