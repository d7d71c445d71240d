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
		expect(matches('hire', 'We hire, and rehire; the hires are hired')).toBe(3);
		expect(matches('pip', 'a pipeline, a PIP')).toBe(1);
		expect(matches('delivery', 'deliverables')).toBe(0);
	});

	it('finds the verb forms of a word written in its base form', () => {
		expect(matches('coach', 'coaching, coached and coaches')).toBe(3);
		expect(matches('hire', 'hiring and hired')).toBe(2);
		expect(matches('plan', 'planning, planned, plans')).toBe(3);
		expect(matches('retain', 'retaining and retained')).toBe(2);
		expect(matches('line manage', 'you will line manage, line managing five')).toBe(2);
		expect(matches('deliver', 'delivery')).toBe(0);
		expect(matches('mentor', 'mentoring and mentorship')).toBe(1);
	});

	it('leaves short linking words alone', () => {
		expect(matches('hands-on', 'hands-ones')).toBe(0);
		expect(matches('one-to-one', 'one-to-ones')).toBe(1);
	});

	it('finds US and UK spellings alike', () => {
		expect(matches('prioritisation', 'prioritization and prioritisation')).toBe(2);
		expect(matches('organization', 'organisation, organizations')).toBe(2);
		expect(matches('organise', 'organized and organising')).toBe(2);
		expect(matches('behaviour', 'behavior and behaviours')).toBe(2);
		expect(matches('judgement', 'good judgment')).toBe(1);
		expect(matches('programme', 'a training program')).toBe(1);
		expect(matches('analyse', 'analyzing data')).toBe(1);
		expect(matches('centre', 'fulfilment centers')).toBe(1);
	});

	it('lets a comma stand between the words of a phrase', () => {
		expect(matches('are right a lot', 'Leaders Are Right, A Lot.')).toBe(1);
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

	it('counts nothing that an ignored phrase covers', () => {
		const hiring = { hiring: ['candidate', 'hiring'] };
		const text = 'The ideal candidate has led teams. You will interview each candidate.';
		expect(rankThemes(text, hiring)[0].total).toBe(2);
		expect(rankThemes(text, hiring, ['ideal candidate'])).toEqual([
			{ themeId: 'hiring', total: 1, phrases: [{ phrase: 'candidate', count: 1 }] }
		]);
		expect(rankThemes('The ideal candidate', hiring, ['ideal candidate'])).toEqual([]);
	});

	it('returns nothing for text that matches no phrase', () => {
		expect(rankThemes('', keywords)).toEqual([]);
		expect(rankThemes('We like snacks.', keywords)).toEqual([]);
	});
});
