/**
 * Fuzzy search over the question bank and the user's answers, stories and narrative. Pure
 * TypeScript (no DOM, no storage): load it with `await import('$lib/search')` where search is used.
 */
export { SearchIndex } from './search-index';
export { highlight, snippet, type HighlightPart } from './snippet';
export {
	answerDocument,
	bankDocuments,
	customQuestionDocument,
	documentId,
	narrativeDocument,
	plainText,
	questionDocument,
	storyDocument
} from './documents';
export { parseQuery, type QueryTerm } from './text';
export type { SearchDocument, SearchKind, SearchOptions, SearchResult } from './types';
