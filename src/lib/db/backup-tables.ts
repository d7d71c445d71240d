/**
 * The backup's tables and envelope constants: small and free of the schema library, so pages
 * can name tables without loading the validation (`backup-format.ts`, loaded when a file is read).
 */

export const BACKUP_FORMAT = 'star-practice-backup';

/**
 * The backup shape this build writes. Bump it when a record's shape changes in a way an older
 * backup does not already satisfy, and add the step from the previous version to BACKUP_UPGRADES.
 * Optional fields that older builds keep as unknown plain data need no bump.
 */
export const BACKUP_VERSION = 1;

/** Every table a backup holds, with its primary key as in the database schema, in file order. */
export const BACKUP_KEYS = {
	answers: 'questionId',
	stories: 'id',
	narrative: 'sectionId',
	snapshots: 'id',
	attempts: 'id',
	recordings: 'id',
	cards: 'questionId',
	questions: 'id',
	interviews: 'id',
	readiness: 'skillId',
	settings: 'key'
} as const;

export type BackupTable = keyof typeof BACKUP_KEYS;

/** Every table a backup holds, in the order they are written. */
export const BACKUP_TABLES = Object.keys(BACKUP_KEYS) as BackupTable[];

/**
 * Tables a backup leaves out on purpose, cleared with everything else by deleteAllData:
 * `unrated` holds an ended answer's audio only until its rating is saved.
 */
export const LOCAL_ONLY_TABLES = ['unrated'] as const;
