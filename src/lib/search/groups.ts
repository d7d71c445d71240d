import type { SearchKind, SearchOutcome, SearchResult } from './types';

/** Search results as people read them: their own work, what they said in practice, then questions. */
export interface GroupedResults {
	/** The user's answers, stories, narrative and own questions' answers, best first. */
	yours: SearchResult[];
	/** What the user said in practice (transcripts), one result a question, best first. */
	spoken: SearchResult[];
	/** Questions, the bank's and the user's own, best first. */
	questions: SearchResult[];
	didYouMean?: string;
}

/** How many results each group keeps; `spoken` defaults to `yours`. */
export interface GroupLimits {
	yours: number;
	questions: number;
	spoken?: number;
}

/** Splits ranked results into the user's own work, what they said, and questions, each within its limit. */
export function groupResults(outcome: SearchOutcome, limits: GroupLimits): GroupedResults {
	const of = (kind: (k: SearchKind) => boolean) => outcome.results.filter((r) => kind(r.kind));
	return {
		yours: of((k) => k !== 'question' && k !== 'spoken').slice(0, limits.yours),
		spoken: of((k) => k === 'spoken').slice(0, limits.spoken ?? limits.yours),
		questions: of((k) => k === 'question').slice(0, limits.questions),
		didYouMean: outcome.didYouMean
	};
}

/** The groups in the order they show, with their headings; empty groups included. */
export function resultGroups(found: GroupedResults) {
	return [
		{ key: 'yours', label: 'Your work', results: found.yours },
		{ key: 'spoken', label: 'What you said in practice', results: found.spoken },
		{ key: 'questions', label: 'Questions', results: found.questions }
	] as const;
}

const KIND_NAMES: Record<SearchKind, string> = {
	question: 'Question',
	answer: 'Your answer',
	story: 'Story',
	narrative: 'Your narrative',
	spoken: 'Practice transcripts'
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
 * what they said in practice, the questions, then "all results". Empty for an empty query.
 */
export function searchOptions(found: GroupedResults, query: string): SearchOption[] {
	if (!query.trim()) return [];
	return [
		...(found.didYouMean
			? [{ kind: 'suggestion' as const, key: 'suggestion', query: found.didYouMean }]
			: []),
		...resultGroups(found)
			.flatMap((g) => g.results)
			.map((result) => ({
				kind: 'result' as const,
				key: result.doc.id,
				result
			})),
		{ kind: 'all', key: 'all' }
	];
}

/** What a screen reader hears once typing pauses: how many results, or that nothing matches. */
export function summary(found: GroupedResults, query: string): string {
	const n = resultCount(found);
	const own = found.yours.length + found.spoken.length;
	const count =
		n === 0
			? `Nothing matches “${query.trim()}”.`
			: `${n} result${n === 1 ? '' : 's'}${own ? `, ${own} from your own work` : ''}.`;
	return found.didYouMean ? `${count} Did you mean “${found.didYouMean}”?` : count;
}

/** How many results there are in all groups. */
export function resultCount(found: GroupedResults): number {
	return found.yours.length + found.spoken.length + found.questions.length;
}
