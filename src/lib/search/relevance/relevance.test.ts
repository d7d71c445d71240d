import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { synonyms } from '$lib/content/synonyms.server';
import { bankDocuments } from '../documents';
import { SearchIndex } from '../search-index';
import development from './dev.json';
import heldOut from './held-out.json';
import { evaluate, type RelevanceFigures } from './metrics';

// The labelled sets, run against the real bank: the figures `npm run bench` reports, held here as
// floors so a change that makes search find worse fails a test.
const index = new SearchIndex(bankDocuments(bank.themes), synonyms);
const search = (query: string) =>
	index.search(query, { limit: 10 }).map((r) => r.doc.id.replace(/^question:/, ''));

function report(label: string, figures: RelevanceFigures, misses = true) {
	if (!process.env.RELEVANCE_VERBOSE) return;
	console.log(
		`${label}: MRR@10 ${figures.mrr10.toFixed(3)}, success@5 ${figures.success5.toFixed(3)}, ` +
			`empty ${figures.empty}`
	);
	if (misses)
		for (const o of figures.outcomes.filter((o) => o.rank !== 1))
			console.log(
				`  ${JSON.stringify(o.query)} ${o.rank || 'miss'} (${o.count}): ${o.top.join(', ')}`
			);
}

describe('search relevance on the labelled sets', () => {
	it('ranks a relevant question first for most development queries, and never finds nothing', () => {
		const figures = evaluate(search, development.queries);
		report('development', figures);
		expect(figures.mrr10).toBeGreaterThanOrEqual(0.88);
		expect(figures.empty).toBe(0);
	});

	it('does about as well on the held-out queries it was never tuned on', () => {
		const figures = evaluate(search, heldOut.queries);
		report('held-out', figures, false); // never read while tuning
		// 0.761 on the 160-question bank; 0.691 after content v2 added 45 questions that compete.
		expect(figures.mrr10).toBeGreaterThanOrEqual(0.68);
		expect(figures.empty).toBeLessThanOrEqual(1);
	});
});
