/** Records stored on the device. Every record carries ISO `createdAt`/`updatedAt` strings. */

export interface Timestamps {
	createdAt: string;
	updatedAt: string;
	/**
	 * Set by an import: the `updatedAt` of the other device's copy this record last met (taken,
	 * or kept over it). Edits leave it alone, so an import can tell a copy the other side has
	 * already seen from one changed on both sides.
	 */
	mergedAt?: string;
}

export type StarPart = 'situation' | 'task' | 'action' | 'result';

export interface AnswerRecord extends Timestamps {
	questionId: string;
	situation: string;
	task: string;
	action: string;
	result: string;
	storyId?: string;
	status: 'draft' | 'ready';
}

export interface StoryRecord extends Timestamps {
	id: string;
	title: string;
	situation: string;
	task: string;
	action: string;
	result: string;
	themeIds: string[];
	metrics: string;
}

export interface NarrativeRecord extends Timestamps {
	sectionId: string;
	text: string;
	/** Stories linked as evidence for this section. */
	storyIds?: string[];
}

export interface SnapshotRecord extends Timestamps {
	id: string;
	/** What was copied: the narrative, an answer, or everything before an import or reset. */
	kind: 'narrative' | 'answer' | 'story' | 'question' | 'all';
	name: string;
	reason: 'manual' | 'before-restore' | 'before-import' | 'before-reset' | 'before-delete';
	data: unknown;
}

export interface AttemptRecord extends Timestamps {
	id: string;
	questionId: string;
	startedAt: string;
	prepMs: number;
	answerMs: number;
	ratings: Record<string, number>;
	note: string;
	recordingId?: string;
	/** The interruption drill: which follow-up the interviewer cut in with, and when. */
	interruption?: { prompt: string; atMs: number };
	/** What was said, transcribed on the device (absent when the round did not transcribe). */
	transcript?: SpokenTranscript;
}

/** One phrase as the recognizer heard it, timed in answer time (ms, pauses of the round left out). */
export interface HeardPhrase {
	text: string;
	startMs: number;
	endMs: number;
}

export interface SpokenTranscript {
	/** The transcript as the user last edited it. */
	text: string;
	/** The language it was recognised in (BCP 47, e.g. "en-GB"). */
	lang: string;
	/** The phrases as heard, for timing (long pauses, when the Action began); not edited. */
	segments: HeardPhrase[];
}

export interface RecordingRecord extends Timestamps {
	id: string;
	attemptId: string;
	mimeType: string;
	blob: Blob;
}

/**
 * A practice answer that has ended but is not rated yet: its audio and what was heard, kept from
 * the moment the answer ends, so a reload before the rating is saved loses neither. Not part of
 * backups: it lives only until the rating is saved or the user lets it go.
 */
export interface UnratedAnswerRecord {
	/** `<question id>@<answer start, ms>`: one answer of one round (see `unratedAnswerId`). */
	id: string;
	questionId: string;
	/** When the answer's question started (epoch ms), as the round clock has it. */
	startedAt: number;
	recording?: { blob: Blob; mimeType: string };
	transcript?: SpokenTranscript;
	createdAt: string;
}

export interface CardRecord extends Timestamps {
	questionId: string;
	due: string;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	reps: number;
	lapses: number;
	state: number;
	lastReview?: string;
	/** ts-fsrs's position in its learning steps; kept so a reload mid-learning resumes it. */
	learningSteps?: number;
}

export interface CustomQuestionRecord extends Timestamps {
	id: string;
	themeId: string;
	text: string;
	notes: string;
	followUps: string[];
	custom: true;
}

export interface InterviewRecord extends Timestamps {
	id: string;
	company: string;
	role: string;
	date: string;
	stage: string;
	interviewer: string;
	questionIds: string[];
	storyIds: string[];
	/** Free notes from the debrief. */
	debrief: string;
	/** Asked questions that are not in the bank, as the interviewer put them. */
	askedText?: string[];
	/** How it went, 1 (rough) to 5 (great); absent until rated. */
	rating?: number;
	/** What landed well, from the debrief. */
	landed?: string;
	/** What to fix before the next round. */
	toFix?: string;
}

export interface ReadinessRecord extends Timestamps {
	skillId: string;
	/** Self-rating 1..5; absent until the skill is rated (an unrated skill never stores 0). */
	rating?: number;
	/** Stories linked as evidence for the skill. */
	storyIds: string[];
	/** Private notes on the skill: what to work on, where the evidence is. */
	note?: string;
	/** Only on the `fit` record: the reflection prompt's index → the user's short answer. */
	answers?: Record<string, string>;
}

export interface SettingRecord extends Timestamps {
	key: string;
	value: unknown;
}
