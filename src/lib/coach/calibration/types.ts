/** The shape of a labelled calibration answer: what an interviewer would make of it. */
import type { StarPart } from '$lib/db/types';

/** The one clear flaw a flawed answer was written with, in an interviewer's words. */
export type Flaw =
	/** Says what they would do, or usually do, instead of telling what they did. */
	| 'hypothetical'
	/** Puts the failure on others and owns no mistake of their own. */
	| 'blame'
	/** Spends the answer on the background; the Action is thin. */
	| 'setup'
	/** Hedges and filler: "basically", "kind of", "I guess". */
	| 'hedging'
	/** Buzzwords that hide what happened. */
	| 'jargon'
	/** The Result lists activity (meetings, tickets, demos), not what changed. */
	| 'outcome'
	/** A good story, but to a different question. */
	| 'off-question'
	/** Far too short to show anything. */
	| 'too-short'
	/** Far too long to hold attention. */
	| 'too-long'
	/** The team acted; the candidate's own part is invisible. */
	| 'ownership';

export type Grade = 'strong' | 'mediocre' | 'flawed';

export interface CalibrationAnswer {
	/** Unique within its set, e.g. `conflict-strong`. */
	id: string;
	/** A question id from the bank. */
	questionId: string;
	grade: Grade;
	/** Set for (and only for) flawed answers. */
	flaw?: Flaw;
	answer: Record<StarPart, string>;
}
