import { describe, expect, it } from 'vitest';
import {
	answerBookFileName,
	BACKUP_REMINDER_DAYS,
	confirmWordMatches,
	backupReminderReasons,
	daysSince,
	formatBytes,
	isBackupReminderDue,
	recordCount,
	recordCounts
} from './data-safety';

describe('formatBytes', () => {
	it('says bytes below one kilobyte', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(1023)).toBe('1023 bytes');
	});

	it('uses binary kilobytes and megabytes, one decimal only for small numbers', () => {
		expect(formatBytes(1024)).toBe('1 KB');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(12.4 * 1024)).toBe('12 KB');
		expect(formatBytes(3.45 * 1024 * 1024)).toBe('3.5 MB');
		expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
		expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
	});

	it('rounds up into the next unit rather than saying 1024 KB', () => {
		expect(formatBytes(1024 * 1024 - 1)).toBe('1 MB');
	});

	it('says unknown for nonsense', () => {
		expect(formatBytes(-1)).toBe('unknown');
		expect(formatBytes(NaN)).toBe('unknown');
		expect(formatBytes(Infinity)).toBe('unknown');
	});
});

describe('daysSince', () => {
	const now = new Date('2024-05-15T12:00:00Z');

	it('counts whole days', () => {
		expect(daysSince(now, '2024-05-15T08:00:00Z')).toBe(0);
		expect(daysSince(now, '2024-05-14T11:00:00Z')).toBe(1);
		expect(daysSince(now, '2024-05-01T12:00:00Z')).toBe(14);
	});

	it('is undefined without a date, and never negative', () => {
		expect(daysSince(now, undefined)).toBeUndefined();
		expect(daysSince(now, 'not a date')).toBeUndefined();
		expect(daysSince(now, '2024-06-01T00:00:00Z')).toBe(0);
	});
});

describe('backupReminderReasons', () => {
	const now = new Date('2024-05-15T12:00:00Z');
	const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

	it('asks for nothing when storage is persistent and the last backup is recent', () => {
		expect(backupReminderReasons({ now, lastBackup: daysAgo(3), persisted: true })).toEqual([]);
		expect(isBackupReminderDue({ now, lastBackup: daysAgo(3), persisted: true })).toBe(false);
	});

	it('reminds when storage is not persistent, or the browser cannot say', () => {
		expect(backupReminderReasons({ now, lastBackup: daysAgo(1), persisted: false })).toEqual([
			'not-persistent'
		]);
		expect(backupReminderReasons({ now, lastBackup: daysAgo(1), persisted: undefined })).toEqual([
			'not-persistent'
		]);
	});

	it('reminds when there has never been a backup', () => {
		expect(backupReminderReasons({ now, lastBackup: undefined, persisted: true })).toEqual([
			'never-backed-up'
		]);
		expect(backupReminderReasons({ now, lastBackup: 'garbage', persisted: true })).toEqual([
			'never-backed-up'
		]);
	});

	it(`reminds once the last backup is more than ${BACKUP_REMINDER_DAYS} days old`, () => {
		const exactly = daysAgo(BACKUP_REMINDER_DAYS);
		expect(backupReminderReasons({ now, lastBackup: exactly, persisted: true })).toEqual([]);
		const justOver = new Date(Date.parse(exactly) - 1000).toISOString();
		expect(backupReminderReasons({ now, lastBackup: justOver, persisted: true })).toEqual([
			'backup-overdue'
		]);
		expect(isBackupReminderDue({ now, lastBackup: daysAgo(30), persisted: true })).toBe(true);
	});

	it('gives every reason that applies', () => {
		expect(backupReminderReasons({ now, lastBackup: daysAgo(40), persisted: false })).toEqual([
			'not-persistent',
			'backup-overdue'
		]);
	});

	it('does not nag about a backup dated in the future (a clock that was wrong)', () => {
		expect(backupReminderReasons({ now, lastBackup: daysAgo(-3), persisted: true })).toEqual([]);
	});
});

describe('recordCounts', () => {
	it('names one and many', () => {
		expect(recordCount('stories', 1)).toBe('1 story');
		expect(recordCount('stories', 0)).toBe('0 stories');
		expect(recordCount('questions', 2)).toBe('2 questions of your own');
	});

	it('joins the tables that have records, in a fixed order', () => {
		expect(recordCounts({ settings: 2, answers: 3, stories: 1, cards: 0 })).toBe(
			'3 answers, 1 story and 2 settings'
		);
		expect(recordCounts({ recordings: 1 })).toBe('1 recording');
		expect(recordCounts({ answers: 0 })).toBe('nothing');
		expect(recordCounts({})).toBe('nothing');
	});
});

describe('answerBookFileName', () => {
	it('dates the file in local time', () => {
		expect(answerBookFileName(new Date(2024, 4, 1, 23, 59))).toBe(
			'star-practice-answers-2024-05-01.md'
		);
	});
});

describe('confirmWordMatches', () => {
	it('accepts the word in any case, with spaces around it', () => {
		for (const typed of ['DELETE', 'delete', ' Delete ', 'dElEtE\n'])
			expect(confirmWordMatches(typed, 'DELETE'), typed).toBe(true);
	});

	it('refuses anything else', () => {
		for (const typed of ['', 'DELET', 'DELETE!', 'de lete', 'DELETE ALL'])
			expect(confirmWordMatches(typed, 'DELETE'), typed).toBe(false);
	});
});
