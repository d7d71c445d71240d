import { describe, expect, it } from 'vitest';
import { jargonList, parseJargon, STARTER_JARGON } from './jargon';

describe('the jargon list', () => {
	it('starts from the starter list until the user saves their own, even an empty one', () => {
		expect(jargonList(undefined)).toBe(STARTER_JARGON);
		expect(jargonList(null)).toBe(STARTER_JARGON);
		expect(jargonList([])).toEqual([]);
		expect(jargonList(['synergy'])).toEqual(['synergy']);
	});

	it('reads commas and new lines, trims, and drops blanks and repeats', () => {
		expect(parseJargon(' synergy,\n north   star ,,Synergy\n\nK8s ')).toEqual([
			'synergy',
			'north star',
			'K8s'
		]);
		expect(parseJargon('')).toEqual([]);
	});
});
