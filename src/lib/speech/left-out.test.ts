import { describe, expect, it } from 'vitest';
import { leftOut, numbersIn } from './left-out';

describe('numbers as written and as said', () => {
	it('reads figures and number words', () => {
		expect(numbersIn('cut pages by 40% and saved $1,200 in 3.5 weeks')).toEqual([40, 1200, 3.5]);
		expect(numbersIn('forty percent, two hundred and fifty people, 2k users')).toEqual([
			40, 250, 2000
		]);
		expect(numbersIn('twenty one thousand requests and one team')).toEqual([21000, 1]);
	});
});

describe('what the spoken answer left out', () => {
	const written = {
		situation: 'Our on-call rotation paged engineers 30 times a week.',
		task: 'I owned the alerting budget.',
		action: 'I ran a weekly incident review and deleted noisy alerts with the SRE lead.',
		result: 'Pages fell by 60% within two months, and attrition stopped.'
	};

	it('names the figures not said, Result first, with their words', () => {
		const spoken =
			'our rotation paged people thirty times a week so I ran an incident review every week ' +
			'and deleted noisy alerts and pages fell a lot';
		const found = leftOut(written, spoken);
		expect(found.numbers).toEqual(['Pages fell by 60%']);
	});

	it('counts a figure said in words as said', () => {
		const spoken = 'pages fell by sixty percent and we were paged thirty times a week before';
		expect(leftOut(written, spoken).numbers).toEqual([]);
	});

	it('names key phrases that were not said, and not those that were rephrased', () => {
		const spoken =
			'paged thirty times a week I owned the budget for alerting I ran an incident review ' +
			'weekly and deleted noisy alerts pages fell by sixty percent';
		const { phrases } = leftOut(written, spoken);
		expect(phrases).toContain('attrition stopped');
		expect(phrases).toContain('SRE lead');
		expect(phrases).not.toContain('noisy alerts');
		expect(phrases).not.toContain('weekly incident review');
	});

	it('has nothing to say when there is no written answer', () => {
		expect(leftOut({}, 'anything at all')).toEqual({ numbers: [], phrases: [] });
	});
});
