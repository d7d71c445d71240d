import { describe, expect, it } from 'vitest';
import { GENERIC_PROBES, interruptionShowing, planInterruption } from './interruption';
import { seededRandom } from './selection';

describe('planInterruption', () => {
	it('always lands between 40% and 80% of the target', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 200; i++) {
			const { atMs } = planInterruption(150_000, ['Why?'], random);
			expect(atMs).toBeGreaterThanOrEqual(60_000);
			expect(atMs).toBeLessThanOrEqual(120_000);
		}
		expect(planInterruption(100_000, [], () => 0).atMs).toBe(40_000);
		expect(planInterruption(100_000, [], () => 0.999999).atMs).toBe(80_000);
	});

	it("asks one of the question's follow-ups, or a generic probe when it has none", () => {
		const followUps = ['What did the team think?', 'What would you change?'];
		expect(followUps).toContain(planInterruption(120_000, followUps, seededRandom(1)).prompt);
		expect(planInterruption(120_000, followUps, () => 0.99).prompt).toBe(followUps[1]);
		expect(GENERIC_PROBES).toContain(planInterruption(120_000, [], seededRandom(3)).prompt);
	});
});

describe('interruptionShowing', () => {
	it('shows from its moment on', () => {
		const plan = { atMs: 50_000, prompt: 'Why?' };
		expect(interruptionShowing(plan, 49_999)).toBe(false);
		expect(interruptionShowing(plan, 50_000)).toBe(true);
		expect(interruptionShowing(undefined, 90_000)).toBe(false);
	});
});
