import { getDatabase } from './open';
import type { AnswerRecord, CustomQuestionRecord, NarrativeRecord, StoryRecord } from './types';

export interface SearchSources {
	answers: AnswerRecord[];
	stories: StoryRecord[];
	narrative: NarrativeRecord[];
	questions: CustomQuestionRecord[];
}

/**
 * Calls `onChange` with the user's searchable records now and after every change (any tab).
 * Returns a function that stops watching.
 */
export function watchSearchSources(onChange: (sources: SearchSources) => void): () => void {
	let subscription: { unsubscribe(): void } | undefined;
	let stopped = false;
	void Promise.all([getDatabase(), import('dexie')]).then(([db, { liveQuery }]) => {
		if (stopped) return;
		subscription = liveQuery(async () => ({
			answers: await db.answers.toArray(),
			stories: await db.stories.toArray(),
			narrative: await db.narrative.toArray(),
			questions: await db.questions.toArray()
		})).subscribe({ next: onChange, error: (e) => console.warn('Search sources:', e) });
	});
	return () => {
		stopped = true;
		subscription?.unsubscribe();
	};
}
