import type { EditorSpec } from './editor-spec';
import { getDatabase } from './open';
import { patchRecord } from './patch-record';
import type { StarDatabase } from './schema';
import type { ReadinessRecord } from './types';

/** What the readiness page edits on one record; `rating: undefined` clears a rating. */
export type ReadinessFields = Pick<ReadinessRecord, 'rating' | 'storyIds' | 'note' | 'answers'>;

/** One skill card's fields, every key present so an open editor takes in stored values. */
export type SkillFields = { rating: number | undefined; storyIds: string[]; note: string };
export const EMPTY_SKILL: SkillFields = { rating: undefined, storyIds: [], note: '' };

/** The fit reflection's fields (kept on the record whose skill id is FIT_ID). */
export type FitFields = { answers: Record<string, string> };
export const EMPTY_FIT: FitFields = { answers: {} };

/** The readiness section that is a private reflection rather than a skill to rate. */
export const FIT_ID = 'fit';

/**
 * Writes the given fields of one skill's readiness record in one transaction, creating it when
 * there is none. A rating must be a whole number from 1 to 5 (as a backup requires); passing
 * `rating: undefined` removes it. Throws on any other rating, before anything is written.
 */
export async function saveReadiness(
	skillId: string,
	patch: Partial<ReadinessFields>
): Promise<string> {
	const { rating } = patch;
	if (rating !== undefined && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
		throw new Error(`a rating must be a whole number from 1 to 5, not ${rating}`);
	return patchRecord(await getDatabase(), readinessTarget(skillId), patch);
}

const readinessTarget = (skillId: string) =>
	({ table: 'readiness', key: skillId, empty: { storyIds: [] } }) as const;

/** The editor of one skill's rating, evidence and note. */
export const skillEditor = (skillId: string): EditorSpec<SkillFields, ReadinessRecord> => ({
	empty: EMPTY_SKILL,
	write: (patch) => saveReadiness(skillId, patch),
	query: readinessSkillQuery(skillId),
	target: readinessTarget(skillId)
});

/** The editor of the fit reflection's answers. */
export const fitEditor = (): EditorSpec<FitFields, ReadinessRecord> => ({
	empty: EMPTY_FIT,
	write: (patch) => saveReadiness(FIT_ID, patch),
	query: readinessSkillQuery(FIT_ID),
	target: readinessTarget(FIT_ID),
	fields: (record) => ({ answers: record.answers ?? {} })
});

/** Live query: every readiness record (the fit reflection's too), by skill id. */
export const readinessQuery = () => async (db: StarDatabase) =>
	new Map((await db.readiness.toArray()).map((r) => [r.skillId, r]));

/** Live query: one skill's record, or undefined before it is first saved. */
export const readinessSkillQuery = (skillId: string) => (db: StarDatabase) =>
	db.readiness.get(skillId);
