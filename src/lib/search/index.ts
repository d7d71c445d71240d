/**
 * Fuzzy search over the question bank and the user's answers, stories and narrative. Pure
 * TypeScript (no DOM, no storage): load it with `await import('$lib/search')` where search is used,
 * so fuse.js and the index arrive only then.
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
	practisedAnchor,
	questionDocument,
	spokenDocument,
	storyDocument
} from './documents';
export { stem } from './stem';
export type {
	SearchDocument,
	SearchKind,
	SearchOptions,
	SearchOutcome,
	SearchResult
} from './types';
