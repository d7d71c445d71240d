import { describe, expect, it } from 'vitest';
import { bank } from './bank.server';

// Runs the real validator over the real content/: a broken file fails `npm test` as it fails the build.
describe('the question bank in content/', () => {
	it('validates and has enough to practise with', () => {
		expect(bank.themes.length).toBeGreaterThanOrEqual(3);
		for (const theme of bank.themes) expect(theme.questions.length).toBeGreaterThanOrEqual(5);
	});

	it('has unique question ids across the bank', () => {
		const ids = bank.themes.flatMap((t) => t.questions.map((q) => q.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has the narrative, rubric and readiness documents', () => {
		expect(bank.narrative.sections.length).toBeGreaterThan(0);
		expect(bank.rubric.sections.length).toBeGreaterThan(0);
		expect(bank.readiness.sections.length).toBeGreaterThan(0);
	});
});
