import { describe, expect, it } from 'vitest';
import { phrasePattern, rankThemes } from './job-description';

const keywords = {
	stakeholders: ['stakeholder', 'stakeholder management', 'cross-functional', 'executive'],
	hiring: ['hiring', 'hire', 'onboarding'],
	delivery: ['roadmap', 'delivery', 'incident', 'prioritisation'],
	technical: ['incident', 'architecture', 'tech debt'],
	people: ['1:1', 'direct report'],
	growth: ['mentor', 'career ladder']
};

const matches = (phrase: string, text: string) => [...text.matchAll(phrasePattern(phrase))].length;

describe('phrasePattern', () => {
	it('ignores case and finds plurals and possessives', () => {
		expect(matches('roadmap', 'Own the ROADMAPS and the roadmap’s risks')).toBe(2);
		expect(matches('policy', 'Write policies and a policy')).toBe(2);
		expect(matches('process', 'Fix processes')).toBe(1);
		expect(matches('1:1', 'Weekly 1:1s with each person')).toBe(1);
	});

	it('matches whole words only', () => {
		expect(matches('hire', 'We hire, and rehire; the hires are hired')).toBe(2);
		expect(matches('pip', 'a pipeline, a PIP')).toBe(1);
		expect(matches('delivery', 'deliverables')).toBe(0);
	});

	it('treats hyphens and spaces between words alike', () => {
		expect(matches('cross-functional', 'cross functional and cross-functional teams')).toBe(2);
		expect(matches('tech debt', 'tech-debt')).toBe(1);
	});
});

describe('rankThemes', () => {
	it('ranks the themes a description stresses, with the phrases found, ties in map order', () => {
		const jd = `You will own stakeholder management with product and executives, drive hiring and
			onboarding, and keep the roadmap honest. Hiring is a priority; so is stakeholder management.`;
		expect(rankThemes(jd, keywords)).toEqual([
			{
				themeId: 'stakeholders',
				total: 3,
				phrases: [
					{ phrase: 'stakeholder management', count: 2 },
					{ phrase: 'executive', count: 1 }
				]
			},
			{
				themeId: 'hiring',
				total: 3,
				phrases: [
					{ phrase: 'hiring', count: 2 },
					{ phrase: 'onboarding', count: 1 }
				]
			},
			{ themeId: 'delivery', total: 1, phrases: [{ phrase: 'roadmap', count: 1 }] }
		]);
	});

	it('does not count the words of a longer phrase again as a shorter one', () => {
		const [ranked] = rankThemes('Stakeholder management: stakeholders trust you.', keywords);
		expect(ranked.phrases).toEqual([
			{ phrase: 'stakeholder', count: 1 },
			{ phrase: 'stakeholder management', count: 1 }
		]);
		expect(ranked.total).toBe(2);
	});

	it('counts a phrase for every theme it is listed under', () => {
		expect(rankThemes('Lead the incident reviews.', keywords).map((t) => t.themeId)).toEqual([
			'delivery',
			'technical'
		]);
	});

	it('breaks ties by the number of different phrases, then by the map order', () => {
		const ranked = rankThemes('mentor, mentor; 1:1 and a direct report', keywords);
		expect(ranked.map((t) => [t.themeId, t.total])).toEqual([
			['people', 2],
			['growth', 2]
		]);
	});

	it('returns nothing for text that matches no phrase', () => {
		expect(rankThemes('', keywords)).toEqual([]);
		expect(rankThemes('We like snacks.', keywords)).toEqual([]);
	});
});
