/**
 * What a search result is, so the UI can group results: Questions, Your answers, Stories,
 * Narrative, and what the user said in practice (`spoken`: transcripts, one document a question).
 */
export type SearchKind = 'question' | 'answer' | 'story' | 'narrative' | 'spoken';

/** One searchable thing. Plain text only: strip markdown before indexing (see `plainText`). */
export interface SearchDocument {
	/** Unique across the index, e.g. `question:conflict-design-disagreement` (see `documentId`). */
	id: string;
	kind: SearchKind;
	/** Short and weighted highest: the question text, a story's title, a narrative section's title. */
	title: string;
	/** The long body: probes and signals, the four STAR parts, the narrative text. */
	text: string;
	/** Root-relative link to open the result; the UI adds the base path. */
	href: string;
	/** A short label that matches and reads as context, never an id: the theme's title. */
	meta?: string;
	/** Words that match as strongly as `meta` but never show: a bank question's id, e.g. `brilliant-jerk`. */
	keywords?: string;
}

export interface SearchOptions {
	/** Most results returned in total (default 20). */
	limit?: number;
	/** Most results of any one kind, so answers cannot crowd out questions in a grouped list. */
	limitPerKind?: number;
	/** Only these kinds. */
	kinds?: readonly SearchKind[];
}

export interface SearchResult {
	kind: SearchKind;
	doc: SearchDocument;
	/** Relevance, higher is better; only comparable between results of the same query. */
	score: number;
	/**
	 * The stems that matched in this document, e.g. `conflict` for the query `confict`, or those
	 * of every form of a synonym the query named. Pass them to `highlight` or `snippet`.
	 */
	words: string[];
}

export interface SearchOutcome {
	results: SearchResult[];
	/**
	 * The query with its misspelt words replaced by the words that matched instead, when the
	 * results came from such a correction: "Did you mean …".
	 */
	didYouMean?: string;
}
