import { describe, expect, it } from 'vitest';
import { bank } from './bank.server';

// Runs the real validator over the real content/: a broken file fails `npm test` as it fails the
// build. The counts are the bar the bank promises its users.
const questions = bank.themes.flatMap((t) => t.questions);

describe('the question bank in content/', () => {
	it('has at least 150 questions in at least 12 themes', () => {
		expect(bank.themes.length).toBeGreaterThanOrEqual(12);
		expect(questions.length).toBeGreaterThanOrEqual(150);
		for (const theme of bank.themes)
			expect(theme.questions.length, theme.id).toBeGreaterThanOrEqual(5);
	});

	it('covers the themes interviewers probe', () => {
		const ids = bank.themes.map((t) => t.id);
		for (const id of [
			'motivation',
			'informal-leadership',
			'people',
			'feedback',
			'conflict',
			'performance',
			'hiring',
			'growth',
			'delivery',
			'stakeholders',
			'technical',
			'culture',
			'change',
			'failure',
			'multiplier',
			'first-90-days'
		])
			expect(ids).toContain(id);
	});

	it('gives every question its full guidance', () => {
		for (const q of questions) {
			expect(q.probes, q.id).not.toBe('');
			expect(q.strongSignals.length, q.id).toBeGreaterThanOrEqual(2);
			expect(q.redFlags.length, q.id).toBeGreaterThanOrEqual(2);
			expect(q.followUps.length, q.id).toBeGreaterThanOrEqual(1);
			for (const f of q.followUps) expect(f, q.id).toMatch(/\?$/);
		}
	});

	it('has unique ids that start with their theme', () => {
		const ids = questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of questions) expect(q.id.startsWith(`${q.themeId}-`), q.id).toBe(true);
	});

	it('marks the hypothetical questions, and keeps them a minority', () => {
		const hypothetical = questions.filter((q) => q.kind === 'hypothetical');
		expect(hypothetical.length).toBeGreaterThan(0);
		expect(hypothetical.length).toBeLessThan(questions.length / 4);
		for (const q of hypothetical) expect(q.text, q.id).toMatch(/^What would you do/);
		for (const q of questions.filter((q) => q.kind === 'behavioural'))
			expect(q.text, q.id).not.toMatch(/^What would you do/);
	});

	it('has no two questions with the same wording', () => {
		const normal = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '');
		const texts = questions.map((q) => normal(q.text));
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('has the narrative sections, with timed short versions', () => {
		const sections = bank.narrative.sections;
		expect(sections.map((s) => s.id)).toEqual([
			'why-management',
			'why-now',
			'manager-you-want-to-be',
			'impact',
			'sixty-seconds',
			'two-minutes'
		]);
		expect(sections.find((s) => s.id === 'sixty-seconds')?.targetSeconds).toBe(60);
		expect(sections.find((s) => s.id === 'two-minutes')?.targetSeconds).toBe(120);
		for (const s of sections) expect(s.prompts.length, s.id).toBeGreaterThanOrEqual(3);
	});

	it('has 6–8 rubric criteria with what a 1, 3 and 5 look like', () => {
		expect(bank.rubric.sections.length).toBeGreaterThanOrEqual(6);
		expect(bank.rubric.sections.length).toBeLessThanOrEqual(8);
		for (const c of bank.rubric.sections)
			for (const level of [1, 3, 5] as const) expect(c.levels[level], c.id).not.toBe('');
	});

	it('tags every question with the levels it suits', () => {
		for (const q of questions) expect(q.levels.length, q.id).toBeGreaterThan(0);
	});

	it('has a loop guide for Amazon (all 16 principles), Meta, Google and a startup', () => {
		expect(bank.companies.map((c) => c.id)).toEqual(['amazon', 'meta', 'google', 'startup']);
		expect(bank.companies[0].values).toHaveLength(16);
		for (const c of bank.companies) expect(c.guide.length, c.id).toBeGreaterThan(500);
	});

	it('has questions to ask each interviewer, with what the answer tells you', () => {
		expect(bank.questionsToAsk.sections.map((s) => s.id)).toEqual([
			'hiring-manager',
			'peer-em',
			'skip-level',
			'engineer'
		]);
		for (const s of bank.questionsToAsk.sections)
			for (const item of s.items) expect(item.tells.length, item.question).toBeGreaterThan(40);
	});

	it('has the readiness skills with prompts for evidence', () => {
		expect(bank.readiness.sections.length).toBeGreaterThanOrEqual(8);
		for (const s of bank.readiness.sections)
			expect(s.prompts.length, s.id).toBeGreaterThanOrEqual(3);
	});
});
