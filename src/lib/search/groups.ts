import type { SearchKind, SearchOutcome, SearchResult } from './types';

/** Search results as people read them: their own work first, then the question bank. */
export interface GroupedResults {
	/** The user's answers, stories, narrative and own questions' answers, best first. */
	yours: SearchResult[];
	/** Questions, the bank's and the user's own, best first. */
	questions: SearchResult[];
	didYouMean?: string;
}

/** Splits ranked results into the user's own work and questions, at most `limits` of each. */
export function groupResults(
	outcome: SearchOutcome,
	limits: { yours: number; questions: number }
): GroupedResults {
	const questions = outcome.results.filter((r) => r.kind === 'question');
	const yours = outcome.results.filter((r) => r.kind !== 'question');
	return {
		yours: yours.slice(0, limits.yours),
		questions: questions.slice(0, limits.questions),
		didYouMean: outcome.didYouMean
	};
}

const KIND_NAMES: Record<SearchKind, string> = {
	question: 'Question',
	answer: 'Your answer',
	story: 'Story',
	narrative: 'Your narrative'
};

/**
 * The short line under a result's title that says what it is and where it belongs, never an id:
 * "Conflict and hard conversations" for a bank question, "Your answer · Conflict and hard
 * conversations", "Story · Delivery, Stakeholders", "Your narrative".
 */
export function resultContext(result: SearchResult): string {
	const { kind, doc } = result;
	if (kind === 'question') return doc.meta ?? '';
	if (kind === 'narrative') return KIND_NAMES.narrative;
	return doc.meta ? `${KIND_NAMES[kind]} · ${doc.meta}` : KIND_NAMES[kind];
}

/** One entry the header box's arrow keys move through. */
export type SearchOption =
	| { kind: 'suggestion'; key: string; query: string }
	| { kind: 'result'; key: string; result: SearchResult }
	| { kind: 'all'; key: string };

/**
 * The header box's options in order: "did you mean" (when there is one), the user's own results,
 * the questions, then "all results". Empty for an empty query.
 */
export function searchOptions(found: GroupedResults, query: string): SearchOption[] {
	if (!query.trim()) return [];
	return [
		...(found.didYouMean
			? [{ kind: 'suggestion' as const, key: 'suggestion', query: found.didYouMean }]
			: []),
		...[...found.yours, ...found.questions].map((result) => ({
			kind: 'result' as const,
			key: result.doc.id,
			result
		})),
		{ kind: 'all', key: 'all' }
	];
}

/** What a screen reader hears once typing pauses: how many results, or that nothing matches. */
export function summary(found: GroupedResults, query: string): string {
	const n = found.yours.length + found.questions.length;
	const count =
		n === 0
			? `Nothing matches “${query.trim()}”.`
			: `${n} result${n === 1 ? '' : 's'}${found.yours.length ? `, ${found.yours.length} from your own work` : ''}.`;
	return found.didYouMean ? `${count} Did you mean “${found.didYouMean}”?` : count;
}
