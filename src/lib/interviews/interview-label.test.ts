import { describe, expect, it } from 'vitest';
import { formatDay, interviewName, localDay, stageLabel } from './interview-label';

describe('interview labels', () => {
	it('names stages, keeping unknown text as it is', () => {
		expect(stageLabel('hiring-manager')).toBe('Hiring manager');
		expect(stageLabel('Bar raiser')).toBe('Bar raiser');
	});

	it('prints the calendar day as written, in any time zone', () => {
		expect(formatDay('2025-03-04', 'en-GB')).toBe('4 Mar 2025');
		expect(formatDay('', 'en-GB')).toBe('');
		expect(formatDay('soon', 'en-GB')).toBe('');
	});

	it('names an interview by who, stage and day, or as much as is known', () => {
		const base = { interviewer: 'Dana Lee', stage: 'hiring-manager', date: '2025-03-04' };
		expect(interviewName(base, 'en-GB')).toBe('Dana Lee (hiring manager, 4 Mar 2025)');
		expect(interviewName({ ...base, stage: '', date: '' }, 'en-GB')).toBe('Dana Lee');
		expect(interviewName({ ...base, interviewer: ' ' }, 'en-GB')).toBe(
			'the hiring manager interview on 4 Mar 2025'
		);
		expect(interviewName({ ...base, interviewer: '', stage: '' }, 'en-GB')).toBe(
			'an interview on 4 Mar 2025'
		);
		expect(interviewName({ interviewer: '', stage: '', date: '' })).toBe('an unnamed interview');
	});

	it('gives the local calendar day for a date input', () => {
		expect(localDay(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
	});
});
