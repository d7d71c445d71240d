import { describe, expect, it } from 'vitest';
import { matchRedFlag } from './red-flags';

const flags = [
	'Offers a "failure" that was really a success.',
	'<em>Blames</em> the team, product partners or circumstances for everything.',
	'Draws vague lessons such as "communication matters" with no change in behaviour.'
];

describe('matchRedFlag', () => {
	it('points a finding at the red flag that warns about it', () => {
		expect(matchRedFlag('accountability', flags)).toBe(1);
		expect(matchRedFlag('reflection', flags)).toBe(2);
	});

	it('points nowhere when no red flag is about it', () => {
		expect(matchRedFlag('hedging', flags)).toBeNull();
		expect(matchRedFlag('long-sentences', flags)).toBeNull();
		expect(matchRedFlag('accountability', [])).toBeNull();
	});
});
