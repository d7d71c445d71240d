import type { StarDatabase } from './schema';

/** Tables that hold what the user made (settings, review cards and snapshots alone do not count). */
const OWN_WORK = [
	'answers',
	'stories',
	'narrative',
	'attempts',
	'recordings',
	'questions',
	'interviews',
	'readiness'
] as const;

/** Live query: whether the user has anything of their own here to lose. */
export const hasOwnWorkQuery = () => async (db: StarDatabase) => {
	for (const table of OWN_WORK) if ((await db.table(table).count()) > 0) return true;
	return false;
};
