import { describe, expect, it } from 'vitest';
import { askSectionFor, guideFor } from './company-guide';

const companies = [
	{ id: 'amazon', name: 'Amazon', also: ['AWS', 'Amazon Web Services'] },
	{ id: 'meta', name: 'Meta', also: ['Facebook', 'Instagram'] },
	{ id: 'startup', name: 'A typical startup', also: [] }
];
const guide = (typed: string) => guideFor(typed, companies)?.id;

describe('guideFor', () => {
	it('finds a company by its name or another name, in any case, among other words', () => {
		expect(guide('Amazon')).toBe('amazon');
		expect(guide('aws payments')).toBe('amazon');
		expect(guide('Meta (Reality Labs)')).toBe('meta');
		expect(guide('Instagram')).toBe('meta');
	});

	it('needs whole words and never matches a description', () => {
		expect(guide('Metabase')).toBeUndefined();
		expect(guide('Amazonia Ltd')).toBeUndefined();
		expect(guide('A typical startup')).toBeUndefined();
		expect(guide('   ')).toBeUndefined();
	});
});

describe('askSectionFor', () => {
	it('points each stage at the interviewer it meets', () => {
		expect(askSectionFor('hiring-manager')).toBe('hiring-manager');
		expect(askSectionFor('executive')).toBe('skip-level');
		expect(askSectionFor('recruiter')).toBeUndefined();
	});
});
