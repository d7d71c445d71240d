import { Live, watchLive } from './live.svelte';
import type { StarDatabase } from './schema';
import type { AnswerRecord, CustomQuestionRecord, NarrativeRecord, StoryRecord } from './types';

/** What search needs of one transcribed practice attempt, and nothing more. */
export interface SpokenText {
	attemptId: string;
	questionId: string;
	/** The transcript as the user last corrected it. */
	text: string;
	updatedAt: string;
}

export interface WrittenSources {
	answers: AnswerRecord[];
	stories: StoryRecord[];
	narrative: NarrativeRecord[];
	questions: CustomQuestionRecord[];
}

export interface SearchSources extends WrittenSources {
	/** What was said in practice, from transcribed attempts only. */
	transcripts: SpokenText[];
}

/** Live query: everything the user wrote that search indexes. */
export async function writtenSourcesQuery(db: StarDatabase): Promise<WrittenSources> {
	return {
		answers: await db.answers.toArray(),
		stories: await db.stories.toArray(),
		narrative: await db.narrative.toArray(),
		questions: await db.questions.toArray()
	};
}

/**
 * Live query: the transcripts of practice attempts. It reads through the `transcript.lang` index,
 * which holds transcribed attempts only, so an attempt saved without a transcript neither costs a
 * read here nor wakes this query.
 */
export async function spokenSourcesQuery(db: StarDatabase): Promise<SpokenText[]> {
	const attempts = await db.attempts.orderBy('transcript.lang').toArray();
	return attempts.flatMap((a) =>
		a.transcript
			? [
					{
						attemptId: a.id,
						questionId: a.questionId,
						text: a.transcript.text,
						updatedAt: a.updatedAt
					}
				]
			: []
	);
}

/**
 * Calls `onChange` with the user's searchable records now and after every change (any tab).
 * Writing and practice are watched apart: saving an answer does not re-read transcripts, and
 * saving an attempt does not re-read answers, stories and the narrative. Returns a function that
 * stops watching.
 */
export function watchSearchSources(onChange: (sources: SearchSources) => void): () => void {
	let written: WrittenSources | undefined;
	let spoken: SpokenText[] | undefined;
	const emit = () => {
		if (written && spoken) onChange({ ...written, transcripts: spoken });
	};
	const stops = [
		watchLive(new Live(() => writtenSourcesQuery), (value) => {
			written = value;
			emit();
		}),
		watchLive(new Live(() => spokenSourcesQuery), (value) => {
			spoken = value;
			emit();
		})
	];
	return () => stops.forEach((stop) => stop());
}
