/**
 * Relevance figures for a labelled query set: how soon the first relevant result comes. Pure, so
 * the unit test and `npm run bench` compute the same numbers for every engine.
 */

export interface LabelledQuery {
	query: string;
	kind: string;
	/** Bank question ids a person typing the query would be glad to land on. */
	relevant: string[];
}

export interface QueryOutcome {
	query: string;
	kind: string;
	/** 1-based rank of the first relevant result in the top `depth`, or 0. */
	rank: number;
	/** How many results the engine returned (capped at `depth`). */
	count: number;
	/** The engine's top three, for reading why a query missed. */
	top: string[];
}

export interface RelevanceFigures {
	queries: number;
	/** Mean reciprocal rank of the first relevant result within the top 10. */
	mrr10: number;
	/** Share of queries with a relevant result in the top 5. */
	success5: number;
	/** Queries with no result at all. */
	empty: number;
	outcomes: QueryOutcome[];
}

const DEPTH = 10;

/** Runs `search` (query → question ids, best first) over `queries` and scores it. */
export function evaluate(
	search: (query: string) => readonly string[],
	queries: readonly LabelledQuery[]
): RelevanceFigures {
	const outcomes = queries.map(({ query, kind, relevant }) => {
		const ids = search(query).slice(0, DEPTH);
		const wanted = new Set(relevant);
		const at = ids.findIndex((id) => wanted.has(id));
		return { query, kind, rank: at + 1, count: ids.length, top: ids.slice(0, 3) };
	});
	const n = outcomes.length || 1;
	return {
		queries: outcomes.length,
		mrr10: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
		success5: outcomes.filter((o) => o.rank >= 1 && o.rank <= 5).length / n,
		empty: outcomes.filter((o) => o.count === 0).length,
		outcomes
	};
}
