import { describe, expect, it } from 'vitest';
import { mostFlagged } from './round-flags';

const we = {
	situation: 'Our service was slow.',
	task: 'We had to fix it.',
	action: 'We profiled it and we rewrote the cache. We shipped it.',
	result: 'It got better.'
};
const strong = {
	situation: 'Checkout latency hurt conversion.',
	task: 'I owned the fix.',
	action: 'I profiled the service, I rewrote the cache layer and I ran the rollout.',
	result: 'p95 fell 40% in 3 weeks. I learned to measure before guessing.'
};

describe('mostFlagged', () => {
	it('counts, per check, the answers it flagged, most first', () => {
		const flags = mostFlagged([we, we, strong]);
		const ownership = flags.find((f) => f.id === 'ownership');
		expect(ownership).toMatchObject({ title: expect.any(String), count: 2 });
		expect(flags.find((f) => f.id === 'evidence')?.count).toBe(2);
		expect(flags.map((f) => f.count)).toEqual([...flags.map((f) => f.count)].sort((a, b) => b - a));
	});

	it('returns nothing for no answers', () => {
		expect(mostFlagged([])).toEqual([]);
	});
});
