import { describe, expect, it } from 'vitest';
import { newInterviewQuery, newInterviewStart } from './new-interview';

describe('a new interview in its address', () => {
	it('starts on the day it is added, with nothing else', () => {
		expect(newInterviewQuery()).toBe('?new');
		expect(newInterviewStart(new URLSearchParams('new'), '2026-11-30')).toEqual({
			date: '2026-11-30'
		});
	});

	it('carries the company and role of a loop, whatever characters they hold', () => {
		const query = newInterviewQuery({ company: 'AT&T Labs', role: 'EM, Payments #2' });
		expect(newInterviewStart(new URLSearchParams(query), '2026-11-30')).toEqual({
			date: '2026-11-30',
			company: 'AT&T Labs',
			role: 'EM, Payments #2'
		});
	});

	it('says nothing of a stored interview', () => {
		expect(newInterviewStart(new URLSearchParams('company=Acme'), '2026-11-30')).toBeUndefined();
	});
});
