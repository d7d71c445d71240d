import { describe, expect, it } from 'vitest';
import { mostFlagged } from './round-flags';

const we = {
	situation: 'Our checkout service was slow and customers were dropping off at payment.',
	task: 'We had to fix it before the holiday season started.',
	action: 'We profiled it and we rewrote the cache. We shipped it and we watched the graphs.',
	result: 'It got better and people were happy.'
};
const strong = {
	situation: 'Checkout latency was hurting conversion before the holiday season.',
	task: 'I owned the fix, with two engineers and six weeks.',
	action:
		'I profiled the service and found the cache was missing on every call. I rewrote the cache layer with one engineer, I asked the other to add a load test, and I ran the rollout myself over two days.',
	result: 'p95 latency fell 40% in 3 weeks. I learned to measure before guessing.'
};

describe('mostFlagged', () => {
	it('counts, per check, the answers it flagged, most first, by the flaw’s name', () => {
		const flags = mostFlagged([we, we, strong]);
		expect(flags.find((f) => f.id === 'ownership')).toMatchObject({
			title: 'Your part is unclear: “we”, not “I”',
			count: 2
		});
		expect(flags.find((f) => f.id === 'outcome')?.count).toBe(2);
		expect(flags.map((f) => f.count)).toEqual([...flags.map((f) => f.count)].sort((a, b) => b - a));
	});

	it('returns nothing for no answers', () => {
		expect(mostFlagged([])).toEqual([]);
	});
});
