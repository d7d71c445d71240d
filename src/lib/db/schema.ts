import { Dexie, type EntityTable } from 'dexie';
import type {
	AnswerRecord,
	AttemptRecord,
	CardRecord,
	CustomQuestionRecord,
	InterviewRecord,
	NarrativeRecord,
	ReadinessRecord,
	RecordingRecord,
	SettingRecord,
	SnapshotRecord,
	StoryRecord,
	UnratedAnswerRecord
} from './types';

export const DB_NAME = 'star-practice';

/**
 * The whole schema and every migration live here. Add a `version(n)` with an `upgrade()` for
 * each change; never edit a published version.
 */
export class StarDatabase extends Dexie {
	answers!: EntityTable<AnswerRecord, 'questionId'>;
	stories!: EntityTable<StoryRecord, 'id'>;
	narrative!: EntityTable<NarrativeRecord, 'sectionId'>;
	snapshots!: EntityTable<SnapshotRecord, 'id'>;
	attempts!: EntityTable<AttemptRecord, 'id'>;
	recordings!: EntityTable<RecordingRecord, 'id'>;
	cards!: EntityTable<CardRecord, 'questionId'>;
	questions!: EntityTable<CustomQuestionRecord, 'id'>;
	interviews!: EntityTable<InterviewRecord, 'id'>;
	readiness!: EntityTable<ReadinessRecord, 'skillId'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	/** Answers ended but not rated yet (audio, transcript); never in a backup. */
	unrated!: EntityTable<UnratedAnswerRecord, 'id'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({
			answers: 'questionId, updatedAt, status, storyId',
			stories: 'id, updatedAt, *themeIds',
			narrative: 'sectionId',
			snapshots: 'id, kind, createdAt',
			attempts: 'id, questionId, startedAt',
			recordings: 'id, attemptId',
			cards: 'questionId, due',
			questions: 'id, themeId',
			interviews: 'id, date, company',
			readiness: 'skillId',
			settings: 'key'
		});
		// Transcribed attempts only, so search reads what was said without reading every attempt.
		this.version(2).stores({
			attempts: 'id, questionId, startedAt, transcript.lang'
		});
		// A round's recording and transcript survive a reload before the answer is rated.
		this.version(3).stores({ unrated: 'id' });
	}
}
