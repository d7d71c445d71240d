import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_LIMITS,
	BACKUP_TABLES,
	BACKUP_UPGRADES,
	BACKUP_VERSION,
	decodeBase64,
	encodeBase64,
	mapRecords,
	upgradeBackup,
	validateBackup,
	type VersionedBackup
} from './backup-format';

const fixtureText = readFileSync(
	new URL('../../../tests/fixtures/backup-v1.json', import.meta.url),
	'utf8'
);
/** A fresh copy of the version 1 fixture to break. */
const fixture = () => JSON.parse(fixtureText);

function errorsOf(json: unknown): string[] {
	const result = validateBackup(json);
	if (result.ok) throw new Error('expected the backup to be refused');
	return result.errors;
}

describe('validateBackup', () => {
	it('accepts the version 1 fixture and summarises it', () => {
		const result = validateBackup(fixture());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.summary).toEqual({
			fromVersion: 1,
			exportedAt: '2025-03-14T09:30:00.000Z',
			counts: {
				answers: 2,
				stories: 1,
				narrative: 1,
				snapshots: 1,
				attempts: 1,
				recordings: 1,
				cards: 1,
				questions: 1,
				interviews: 1,
				readiness: 1,
				settings: 2
			},
			records: 13,
			audioBytes: 12
		});
		expect(result.backup.data.answers[0].questionId).toBe('conflict-between-leads');
	});

	it('treats absent tables as empty, so older backups without newer tables pass', () => {
		const backup = fixture();
		backup.data = { answers: backup.data.answers };
		const result = validateBackup(backup);
		expect(result.ok && result.backup.data).toMatchObject({ answers: backup.data.answers });
		expect(result.ok && result.backup.data.recordings).toEqual([]);
		expect(result.ok && Object.keys(result.backup.data).sort()).toEqual([...BACKUP_TABLES].sort());
	});

	it('names table, index, field and key in each message', () => {
		const backup = fixture();
		backup.data.answers[1].situation = 42;
		backup.data.attempts[0].ratings.specificity = 7;
		backup.data.stories[0].themeIds = ['ok', ''];
		expect(errorsOf(backup)).toEqual([
			'answers[1].situation must be text, not the number 42 (questionId "underperformer")',
			'stories[0].themeIds[1] must be a non-empty id, not empty text (id "story-queue")',
			'attempts[0].ratings.specificity must be a whole number from 1 to 5, not the number 7 (id "attempt-1")'
		]);
	});

	it('reports missing fields and a record that is not an object', () => {
		const backup = fixture();
		delete backup.data.cards[0].due;
		backup.data.narrative.push(null);
		expect(errorsOf(backup)).toEqual([
			'narrative[1] must be a record (an object), not null',
			'cards[0].due is missing (questionId "conflict-between-leads")'
		]);
	});

	it('keeps fields this build does not know, if they are plain data', () => {
		const backup = fixture();
		backup.data.cards[0].confidence = 1;
		const result = validateBackup(backup);
		expect(result.ok && result.backup.data.cards[0]).toMatchObject({ confidence: 1 });
		backup.data.cards[0].confidence = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
		expect(errorsOf(backup)[0]).toMatch(/^cards\[0\]\.confidence is too long/);
	});

	it('stops after the error limit', () => {
		const backup = fixture();
		backup.data.answers = Array.from({ length: 50 }, (_, i) => ({ questionId: `q${i}` }));
		const errors = errorsOf(backup);
		expect(errors).toHaveLength(BACKUP_LIMITS.errors + 1);
		expect(errors.at(-1)).toBe(`(stopped after ${BACKUP_LIMITS.errors} problems)`);
	});

	it('accepts script payloads as the text they are', () => {
		const backup = fixture();
		backup.data.answers[0].result = '<img src=x onerror=alert(1)><script>alert(1)</script>';
		const result = validateBackup(backup);
		expect(result.ok && result.backup.data.answers[0].result).toBe(
			'<img src=x onerror=alert(1)><script>alert(1)</script>'
		);
	});

	it.each([
		[
			'an id that is too long',
			(b: Fixture) => (b.data.stories[0].id = 'x'.repeat(201)),
			'stories[0].id is too long for an id'
		],
		[
			'a bad ISO date',
			(b: Fixture) => (b.data.stories[0].updatedAt = '2025-13-01'),
			'stories[0].updatedAt must be an ISO date and time'
		],
		[
			'an unknown status',
			(b: Fixture) => (b.data.answers[0].status = 'done'),
			'answers[0].status must be one of "draft", "ready"'
		],
		[
			'a negative duration',
			(b: Fixture) => (b.data.attempts[0].prepMs = -1),
			'attempts[0].prepMs must be a number 0 or more'
		],
		[
			'a fractional rep count',
			(b: Fixture) => (b.data.cards[0].reps = 1.5),
			'cards[0].reps must be a whole number 0 or more'
		],
		[
			'an unknown card state',
			(b: Fixture) => (b.data.cards[0].state = 9),
			'cards[0].state must be a whole number from 0 to 3'
		],
		[
			'a readiness rating of 0',
			(b: Fixture) => (b.data.readiness[0].rating = 0),
			'readiness[0].rating must be a whole number from 1 to 5'
		],
		[
			'custom: false',
			(b: Fixture) => (b.data.questions[0].custom = false),
			'questions[0].custom must be true'
		],
		[
			'a bad interview date',
			(b: Fixture) => (b.data.interviews[0].date = 'next Tuesday'),
			'interviews[0].date must be a date like 2024-05-01, or empty'
		],
		[
			'a list that is not a list',
			(b: Fixture) => (b.data.questions[0].followUps = 'x'),
			'questions[0].followUps must be a list of questions'
		],
		[
			'ratings as a list',
			(b: Fixture) => (b.data.attempts[0].ratings = [4]),
			'attempts[0].ratings must be an object of ratings'
		],
		[
			'a setting with no value',
			(b: Fixture) => delete b.data.settings[0].value,
			'settings[0].value is missing'
		],
		[
			'a snapshot of an unknown kind',
			(b: Fixture) => (b.data.snapshots[0].kind = 'x'),
			'snapshots[0].kind must be one of'
		],
		[
			'a table that is not a list',
			(b: Fixture) => (b.data.stories = {}),
			'data.stories must be a list of records, not an object'
		],
		[
			'an unknown table',
			(b: Fixture) => (b.data.goals = []),
			'data.goals is not a table this app knows'
		],
		[
			'a bad exportedAt',
			(b: Fixture) => (b.exportedAt = 'yesterday'),
			'exportedAt must be an ISO date and time'
		],
		[
			'base64 with bad characters',
			(b: Fixture) => (b.data.recordings[0].blob.base64 = 'ab$d'),
			'recordings[0].blob.base64 is not well-formed base64'
		],
		[
			'base64 of a bad length',
			(b: Fixture) => (b.data.recordings[0].blob.base64 = 'abcde'),
			'recordings[0].blob.base64 is not well-formed base64'
		],
		[
			'a blob without a type',
			(b: Fixture) => delete b.data.recordings[0].blob.type,
			'recordings[0].blob.type is missing'
		],
		[
			'Infinity inside a setting (from an in-memory object)',
			(b: Fixture) => (b.data.settings[1].value = { x: Infinity }),
			'settings[1].value.x must be a finite number'
		],
		[
			'a Date inside a setting (from an in-memory object)',
			(b: Fixture) => (b.data.settings[1].value = new Date()),
			'settings[1].value must be plain data'
		]
	])('refuses %s', (_name, breakIt, message) => {
		const backup = fixture();
		breakIt(backup);
		expect(errorsOf(backup).join('\n')).toContain(message);
	});

	it('refuses duplicate keys, naming both records', () => {
		const backup = fixture();
		backup.data.stories.push({ ...backup.data.stories[0], title: 'Copy' });
		expect(errorsOf(backup)).toEqual([
			'stories[1].id "story-queue" appears twice (also stories[0])'
		]);
	});

	it('refuses an oversize text field', () => {
		const backup = fixture();
		backup.data.narrative[0].text = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
		expect(errorsOf(backup)).toEqual([
			'narrative[0].text is too long (2 000 001 characters; the limit is 2 000 000) (sectionId "tell-me-about-yourself")'
		]);
	});

	it('refuses too many records before looking at any of them', () => {
		const backup = fixture();
		backup.data.attempts = new Array(BACKUP_LIMITS.recordsPerTable + 1).fill(null);
		expect(errorsOf(backup)).toEqual([
			'data.attempts has too many records (50 001; the limit is 50 000)'
		]);
	});

	it('refuses free-form data nested too deeply', () => {
		const backup = fixture();
		let deep: unknown = 'bottom';
		for (let i = 0; i < 10_000; i++) deep = [deep];
		backup.data.settings[1].value = deep;
		expect(errorsOf(backup)[0]).toMatch(/^settings\[1\]\.value(\[0\])+ is nested too deeply/);
	});

	it.each([
		[null, 'the file holds null, not a backup'],
		[[], 'the file holds a list, not a backup'],
		['backup', 'the file holds text, not a backup'],
		[{}, 'it has no "format": "star-practice-backup"'],
		[{ format: 'other-app' }, 'its format is "other-app"'],
		[{ format: 'star-practice-backup', version: '1' }, 'version must be a whole number, not text'],
		[{ format: 'star-practice-backup', version: 0 }, 'version must be from 1 to 1, not 0'],
		[{ format: 'star-practice-backup', version: 1.5 }, 'version must be a whole number'],
		[
			{ format: 'star-practice-backup', version: BACKUP_VERSION + 1 },
			'made by a newer version of the app'
		],
		[
			{ format: 'star-practice-backup', version: 1, exportedAt: '2025-01-01T00:00:00Z' },
			'data is missing'
		],
		[
			{ format: 'star-practice-backup', version: 1, exportedAt: '2025-01-01T00:00:00Z', data: [] },
			'data must be an object of tables, not a list'
		]
	])('refuses the envelope %j', (json, message) => {
		const errors = errorsOf(json);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(message);
	});
});

type Fixture = ReturnType<typeof fixture>;

describe('a practice attempt with its transcript', () => {
	const withTranscript = (transcript: unknown) => {
		const backup = fixture();
		backup.data.attempts[0].transcript = transcript;
		return backup;
	};
	const good = {
		text: 'I decided to split the team',
		lang: 'en-GB',
		segments: [{ text: 'I decided to split the team', startMs: 1200, endMs: 3400 }]
	};

	it('accepts a transcript and keeps it as written', () => {
		const result = validateBackup(withTranscript(good));
		expect(result.ok && result.backup.data.attempts[0].transcript).toEqual(good);
	});

	it.each([
		['a text', 'attempts[0].transcript must be a transcript, not text'],
		[{ ...good, text: 7 }, 'attempts[0].transcript.text must be text, not the number 7'],
		[{ text: 'x', segments: [] }, 'attempts[0].transcript.lang is missing'],
		[{ ...good, segments: {} }, 'attempts[0].transcript.segments must be a list of heard phrases'],
		[
			{ ...good, segments: [{ text: 'x', startMs: -1, endMs: 2 }] },
			'attempts[0].transcript.segments[0].startMs must be a number 0 or more, not the number -1'
		],
		[
			{ ...good, segments: [{ text: 'x', startMs: 1 }] },
			'attempts[0].transcript.segments[0].endMs is missing'
		]
	])('refuses a malformed transcript (%j)', (transcript, message) => {
		const errors = errorsOf(withTranscript(transcript));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(message);
	});
});

// Issue 24, item 9: wrongly typed settings and snapshots crashed pages; impossible dates passed.
describe('settings, snapshots and dates a page reads', () => {
	const setting = (key: string, value: unknown) => {
		const backup = fixture();
		backup.data.settings = [
			{ key, value, createdAt: backup.exportedAt, updatedAt: backup.exportedAt }
		];
		return backup;
	};

	it.each([
		[
			'speakingReadings',
			'abc',
			'settings[0].value must be a list of speaking-rate readings, not text'
		],
		[
			'speakingReadings',
			[{ words: 'x', ms: 1, at: '2025-01-01T00:00:00.000Z' }],
			'settings[0].value[0].words must be a whole number 0 or more, not text'
		],
		['coachJargon', 5, 'settings[0].value must be a list of words, not the number 5'],
		['lastBackupAt', 'yesterday', 'settings[0].value must be an ISO date and time'],
		[
			'practiceDefaults',
			{ count: 'three' },
			'settings[0].value.count must be a whole number from 1 to 100, not text'
		],
		['practiceDefaults', [], 'settings[0].value must be an object of practice settings, not a list']
	])('refuses a %s setting of the wrong type', (key, value, message) => {
		expect(errorsOf(setting(key, value))[0]).toContain(message);
	});

	it('keeps settings it does not know (a newer version may have written them)', () => {
		expect(validateBackup(setting('somethingNew', { any: ['plain', 1] })).ok).toBe(true);
	});

	it('refuses a narrative version without its sections', () => {
		const backup = fixture();
		backup.data.snapshots[0] = {
			...backup.data.snapshots[0],
			kind: 'narrative',
			reason: 'manual',
			data: { text: 'not the shape' }
		};
		expect(errorsOf(backup)[0]).toContain('snapshots[0].data.sections is missing');
	});

	it.each(['2025-02-30', '2025-02-29T10:00:00.000Z', '2024-04-31'])(
		'refuses the impossible date %s',
		(date) => {
			const backup = fixture();
			backup.data.interviews[0].date = date;
			expect(errorsOf(backup)[0]).toMatch(/^interviews\[0\]\.date must be a date like 2024-05-01/);
		}
	);

	it('accepts 29 February in a leap year', () => {
		const backup = fixture();
		backup.data.interviews[0].date = '2024-02-29';
		expect(validateBackup(backup).ok).toBe(true);
	});
});

// Issue 24, item 6: ids from a backup became path segments ("/lead" blanked /stories).
describe('ids that become part of a link', () => {
	it.each(['/lead', 'trail/', '..', '%2e%2e', 'a/b', 'q?x=1#h', '.', ' x'])(
		'refuses the story id %j',
		(id) => {
			const backup = fixture();
			backup.data.stories[0].id = id;
			expect(errorsOf(backup).join('\n')).toContain(
				'stories[0].id must be an id of letters, digits, "-" and "_"'
			);
		}
	);

	it.each([
		['answers', 'questionId'],
		['interviews', 'id'],
		['questions', 'id'],
		['cards', 'questionId'],
		['attempts', 'questionId']
	])('refuses a %s %s that is not link-safe', (table, field) => {
		const backup = fixture();
		backup.data[table][0][field] = '../x';
		expect(errorsOf(backup).join('\n')).toContain(`${table}[0].${field} must be an id of letters`);
	});

	it('refuses link-unsafe ids inside lists too', () => {
		const backup = fixture();
		backup.data.stories[0].themeIds = ['people', 'a/b'];
		expect(errorsOf(backup).join('\n')).toContain(
			'stories[0].themeIds[1] must be an id of letters'
		);
	});
});

describe('upgradeBackup', () => {
	const v1 = (): VersionedBackup => ({ ...fixture(), version: 1 });

	it('has a step from every older version to the current one', () => {
		for (let v = 1; v < BACKUP_VERSION; v++)
			expect(BACKUP_UPGRADES[v], `from ${v}`).toBeTypeOf('function');
		expect(upgradeBackup(v1())).toEqual(v1());
	});

	it('applies the steps in order up to the target version', () => {
		const steps = {
			1: (data: Record<string, unknown>) => ({
				...data,
				answers: mapRecords(data.answers, (a) => ({ tags: [], ...a }))
			}),
			2: (data: Record<string, unknown>) => ({ ...data, goals: [] })
		};
		const upgraded = upgradeBackup(v1(), steps, 3);
		expect(upgraded.version).toBe(3);
		expect(upgraded.data.goals).toEqual([]);
		expect(upgraded.data.answers).toMatchObject([{ tags: [] }, { tags: [] }]);
		// Steps see raw JSON: anything that is not a record passes through for validation to refuse.
		expect(mapRecords([null, 1, { a: 1 }], (r) => ({ ...r, b: 2 }))).toEqual([
			null,
			1,
			{ a: 1, b: 2 }
		]);
		expect(mapRecords('nope', (r) => r)).toBe('nope');
	});

	it('throws on a missing step or a newer version', () => {
		expect(() => upgradeBackup(v1(), {}, 2)).toThrow('no upgrade from backup version 1');
		expect(() => upgradeBackup({ ...v1(), version: 5 })).toThrow('newer');
	});
});

describe('base64', () => {
	it('round-trips every byte value, and long input', () => {
		const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
		const encoded = encodeBase64(bytes);
		expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
		expect(decodeBase64(encoded)).toEqual(bytes);
		expect(decodeBase64('')).toEqual(new Uint8Array());
	});
});
