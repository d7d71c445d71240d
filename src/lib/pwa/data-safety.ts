/**
 * What the settings page says about the safety of the user's data: sizes in words, whether to
 * remind them to back up, and what a backup holds. Pure; `storage-persistence.ts` asks the
 * browser, `$lib/db/backup` reads and writes the data.
 */
import type { BackupTable } from '$lib/db/backup-tables';

/** A backup older than this many days earns a reminder. */
export const BACKUP_REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const UNITS = ['KB', 'MB', 'GB', 'TB'];

/** Bytes for people, in binary units: "512 bytes", "1.5 KB", "12 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
	if (bytes < 1024) return `${Math.round(bytes)} ${Math.round(bytes) === 1 ? 'byte' : 'bytes'}`;
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	// One decimal while it still says something (1.5 MB), none once the number is big (12 MB).
	const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
	// 1023.9 KB rounds to 1024 KB: say 1 MB instead.
	if (shown >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
	return `${shown} ${UNITS[unit]}`;
}

/** Whole days from `iso` to `now`; undefined if `iso` is missing or not a date. */
export function daysSince(now: Date, iso: string | undefined): number | undefined {
	const then = iso === undefined ? NaN : Date.parse(iso);
	if (Number.isNaN(then)) return undefined;
	return Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
}

/** A backup's date and time in the user's locale: "15 May 2024, 09:30". */
export function dateTimeText(iso: string): string {
	return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The download name of the Markdown answer book made at `date`, in local time. */
export function answerBookFileName(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `star-practice-answers-${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}.md`;
}

export type ReminderReason = 'not-persistent' | 'never-backed-up' | 'backup-overdue';

/**
 * Why the user should back up now, if at all (an empty list means no reminder): storage the
 * browser may clear, no backup ever, or the last one more than BACKUP_REMINDER_DAYS days ago.
 * `persisted` undefined means the browser cannot say, which promises nothing, so it counts as
 * not persistent. A last backup that is not a date counts as none.
 */
export function backupReminderReasons({
	now,
	lastBackup,
	persisted
}: {
	now: Date;
	lastBackup: string | undefined;
	persisted: boolean | undefined;
}): ReminderReason[] {
	const reasons: ReminderReason[] = [];
	if (persisted !== true) reasons.push('not-persistent');
	const then = lastBackup === undefined ? NaN : Date.parse(lastBackup);
	if (Number.isNaN(then)) reasons.push('never-backed-up');
	else if (now.getTime() - then > BACKUP_REMINDER_DAYS * DAY_MS) reasons.push('backup-overdue');
	return reasons;
}

/** True when the settings page should show the back-up reminder (see backupReminderReasons). */
export function isBackupReminderDue(state: Parameters<typeof backupReminderReasons>[0]): boolean {
	return backupReminderReasons(state).length > 0;
}

/** Each table's records as the user knows them: [one, many]. */
export const RECORD_NAMES: Record<BackupTable, [string, string]> = {
	answers: ['answer', 'answers'],
	stories: ['story', 'stories'],
	narrative: ['narrative section', 'narrative sections'],
	snapshots: ['snapshot', 'snapshots'],
	attempts: ['practice attempt', 'practice attempts'],
	recordings: ['recording', 'recordings'],
	cards: ['review card', 'review cards'],
	questions: ['question of your own', 'questions of your own'],
	interviews: ['interview', 'interviews'],
	readiness: ['readiness rating', 'readiness ratings'],
	settings: ['setting', 'settings']
};

/** "1 answer", "3 stories". */
export function recordCount(table: BackupTable, n: number): string {
	const [one, many] = RECORD_NAMES[table];
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * Counts per table as one phrase, tables in RECORD_NAMES order, empty ones left out:
 * "3 answers, 1 story and 2 settings"; "nothing" when every count is zero.
 */
export function recordCounts(counts: Partial<Record<BackupTable, number>>): string {
	const parts = (Object.keys(RECORD_NAMES) as BackupTable[])
		.filter((table) => (counts[table] ?? 0) > 0)
		.map((table) => recordCount(table, counts[table]!));
	if (parts.length === 0) return 'nothing';
	return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Whether what the user typed is the confirmation word: any case, spaces around it ignored. */
export function confirmWordMatches(typed: string, word: string): boolean {
	return typed.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
}
