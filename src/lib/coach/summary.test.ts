import { describe, expect, it } from 'vitest';
import { coachSummary } from './summary';

const report = (state: 'empty' | 'short' | 'not-english' | 'judged', mustFix = 0, polish = 0) => ({
	state,
	words: 12,
	mustFix,
	polish
});

describe('coachSummary', () => {
	it('counts what to fix and what to polish', () => {
		expect(coachSummary(report('judged', 2, 1), 25)).toBe('2 to fix · 1 to polish');
		expect(coachSummary(report('judged', 1, 0), 25)).toBe('1 to fix');
		expect(coachSummary(report('judged', 0, 3), 25)).toBe('Nothing to fix · 3 to polish');
		expect(coachSummary(report('judged'), 25)).toBe('Nothing to fix');
	});

	it('says why there is no verdict yet', () => {
		expect(coachSummary(report('empty'), 25)).toBe('Start writing');
		expect(coachSummary(report('short'), 25)).toBe('Keep going: 12 of about 25 words');
		expect(coachSummary(report('not-english'), 25)).toBe('Off: reads English only');
	});
});
