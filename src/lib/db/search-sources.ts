import { Live, watchLive } from './live.svelte';
import type { StarDatabase } from './schema';
import type { AnswerRecord, CustomQuestionRecord, NarrativeRecord, StoryRecord } from './types';

export interface SearchSources {
	answers: AnswerRecord[];
	stories: StoryRecord[];
	narrative: NarrativeRecord[];
	questions: CustomQuestionRecord[];
}

/** Live query: everything of the user's that search indexes. */
export async function searchSourcesQuery(db: StarDatabase): Promise<SearchSources> {
	return {
		answers: await db.answers.toArray(),
		stories: await db.stories.toArray(),
		narrative: await db.narrative.toArray(),
		questions: await db.questions.toArray()
	};
}

/**
 * Calls `onChange` with the user's searchable records now and after every change (any tab).
 * Returns a function that stops watching.
 */
export function watchSearchSources(onChange: (sources: SearchSources) => void): () => void {
	return watchLive(new Live(() => searchSourcesQuery), onChange);
}
