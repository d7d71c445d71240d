/**
 * The backup file format and its validation. Pure: no Dexie, no DOM beyond `atob`/`btoa`.
 * `validateBackup` checks everything before anything is written; `backup.ts` does the writing.
 */
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
	StoryRecord
} from './types';
import { BACKUP_LIMITS, count } from './limits';

export const BACKUP_FORMAT = 'star-practice-backup';

/**
 * The backup shape this build writes. Bump it when a record's shape changes in a way an older
 * backup does not already satisfy, and add the step from the previous version to BACKUP_UPGRADES.
 */
export const BACKUP_VERSION = 1;

/** Sizes past which a backup is refused; the app never stores or exports past them. */
export { BACKUP_LIMITS } from './limits';

/** A Blob as JSON: its MIME type and its bytes in base64. */
export interface EncodedBlob {
	type: string;
	base64: string;
}

/** A recording in a backup: the stored record with its audio base64-encoded. */
export type BackupRecording = Omit<RecordingRecord, 'blob'> & { blob: EncodedBlob };

/** Every table, as lists of records. In a file a table may be absent, which means empty. */
export interface BackupData {
	answers: AnswerRecord[];
	stories: StoryRecord[];
	narrative: NarrativeRecord[];
	snapshots: SnapshotRecord[];
	attempts: AttemptRecord[];
	recordings: BackupRecording[];
	cards: CardRecord[];
	questions: CustomQuestionRecord[];
	interviews: InterviewRecord[];
	readiness: ReadinessRecord[];
	settings: SettingRecord[];
}

export type BackupTable = keyof BackupData;

/** One backup file. A validated backup always has `version === BACKUP_VERSION` and every table. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	data: BackupData;
}

/** What a valid file holds, for "this backup from 1 May has 40 answers…" before importing. */
export interface BackupSummary {
	/** The version the file was written in (it has been upgraded to BACKUP_VERSION). */
	fromVersion: number;
	exportedAt: string;
	counts: Record<BackupTable, number>;
	records: number;
	/** Total size of the recordings' audio. */
	audioBytes: number;
}

export type BackupValidation =
	{ ok: true; backup: Backup; summary: BackupSummary } | { ok: false; errors: string[] };

/** A backup of any version whose envelope has been checked but whose tables have not. */
export interface VersionedBackup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	data: Record<string, unknown>;
}

/**
 * Turns the tables of version n into those of version n + 1. It sees unvalidated JSON, so it
 * must reshape only what is there and never throw: `validateBackup` checks the result.
 */
export type BackupUpgrade = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps, keyed by the version they upgrade from. Version 2 would add e.g.
 * `1: (data) => ({ ...data, answers: mapRecords(data.answers, (a) => ({ tags: [], ...a })) })`.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgrade>> = {};

/**
 * Maps a backup written by an older version of the app to the current shape, one step at a
 * time. Pure and does not validate; throws if the version is newer than `target` or a step is
 * missing (a programming error). `upgrades` and `target` are for tests.
 */
export function upgradeBackup(
	backup: VersionedBackup,
	upgrades: Readonly<Record<number, BackupUpgrade>> = BACKUP_UPGRADES,
	target: number = BACKUP_VERSION
): VersionedBackup {
	if (backup.version > target)
		throw new Error(`backup version ${backup.version} is newer than ${target}`);
	let data = backup.data;
	for (let version = backup.version; version < target; version++) {
		const step = upgrades[version];
		if (!step) throw new Error(`no upgrade from backup version ${version}`);
		data = step(data);
	}
	return { ...backup, version: target, data };
}

/** For upgrade steps: applies `step` to each record of a table, leaving anything else as it is. */
export function mapRecords(
	table: unknown,
	step: (record: Record<string, unknown>) => Record<string, unknown>
): unknown {
	return Array.isArray(table) ? table.map((r) => (isPlainObject(r) ? step(r) : r)) : table;
}

// ---- Field rules ----

/** Reports `problem` (e.g. "must be text") about the value at `path` (e.g. "answers[3].task"). */
type Report = (path: string, problem: string) => void;
/** `record` is the whole record, for a field whose shape depends on another (a setting's key). */
type Check = (
	value: unknown,
	path: string,
	report: Report,
	record?: Record<string, unknown>
) => void;
interface Rule {
	check: Check;
	optional?: true;
}
/** One rule per field, optional fields included, so a field added to a record type must get one. */
type Spec<R> = { [K in keyof R]-?: Rule };
interface TableSpec<R> {
	key: keyof R & string;
	fields: Spec<R>;
}

const L = BACKUP_LIMITS;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** "a number", "a list"… for "must be text, not a number". */
function found(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return value === '' ? 'empty text' : 'text';
	if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'NaN';
	if (typeof value === 'boolean') return `${value}`;
	return isPlainObject(value) ? 'an object' : `a ${typeof value}`;
}

/** A value from the file, short enough to quote in a message. */
function quote(value: unknown): string {
	const s = typeof value === 'string' ? value : String(value);
	return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

const required = (check: Check): Rule => ({ check });
const optional = (check: Check): Rule => ({ check, optional: true });

const text: Check = (v, path, report) => {
	if (typeof v !== 'string') report(path, `must be text, not ${found(v)}`);
	else if (v.length > L.textChars)
		report(path, `is too long (${count(v.length)} characters; the limit is ${count(L.textChars)})`);
};

const id: Check = (v, path, report) => {
	if (typeof v !== 'string' || v.trim() === '')
		report(path, `must be a non-empty id, not ${found(v)}`);
	else if (v.length > L.idChars)
		report(
			path,
			`is too long for an id (${count(v.length)} characters; the limit is ${L.idChars})`
		);
};

/** Ids that become part of a link (/stories/<id>): UUIDs and kebab-case ids, nothing a URL reads. */
const LINK_SAFE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const linkId: Check = (v, path, report) => {
	let ok = true;
	id(v, path, (p, problem) => {
		ok = false;
		report(p, problem);
	});
	if (ok && !LINK_SAFE.test(v as string))
		report(
			path,
			`must be an id of letters, digits, "-" and "_" (it becomes part of a link), not ${quote(v)}`
		);
};

const ISO_DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const ISO_TIME =
	'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const DATE_TIME = new RegExp(`^${ISO_DATE}${ISO_TIME}$`);
const DATE_OR_DATE_TIME = new RegExp(`^${ISO_DATE}(?:${ISO_TIME})?$`);

/** A day that is on the calendar: Date.parse takes 2025-02-30 as 2 March. */
function onCalendar(v: string): boolean {
	const [year, month, day] = v.slice(0, 10).split('-').map(Number);
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && !Number.isNaN(Date.parse(v));
}

const dateTime: Check = (v, path, report) => {
	if (typeof v !== 'string' || !DATE_TIME.test(v) || !onCalendar(v))
		report(path, `must be an ISO date and time like 2024-05-01T09:30:00.000Z, not ${found(v)}`);
};

/** A calendar date (an interview's day) or date and time; empty when not known yet. */
const dateOrEmpty: Check = (v, path, report) => {
	if (v === '') return;
	if (typeof v !== 'string' || !DATE_OR_DATE_TIME.test(v) || !onCalendar(v))
		report(path, `must be a date like 2024-05-01, or empty, not ${found(v)}`);
};

const numberIn =
	(min: number, max: number, whole: boolean): Check =>
	(v, path, report) => {
		const ok =
			typeof v === 'number' &&
			Number.isFinite(v) &&
			(!whole || Number.isInteger(v)) &&
			v >= min &&
			v <= max;
		if (!ok) {
			const kind = whole ? 'a whole number' : 'a number';
			const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
			report(path, `must be ${kind} ${range}, not ${found(v)}`);
		}
	};

const MAX = Number.MAX_SAFE_INTEGER;
const rating = numberIn(1, 5, true);
const count0 = numberIn(0, MAX, true);
const nonNegative = numberIn(0, MAX, false);

const oneOf =
	(...values: readonly string[]): Check =>
	(v, path, report) => {
		if (typeof v !== 'string' || !values.includes(v))
			report(path, `must be one of ${values.map((x) => `"${x}"`).join(', ')}, not ${found(v)}`);
	};

const isTrue: Check = (v, path, report) => {
	if (v !== true) report(path, `must be true, not ${found(v)}`);
};

const listOf =
	(item: Check, what: string): Check =>
	(v, path, report) => {
		if (!Array.isArray(v)) return report(path, `must be a list of ${what}, not ${found(v)}`);
		if (v.length > L.listItems)
			return report(
				path,
				`has too many items (${count(v.length)}; the limit is ${count(L.listItems)})`
			);
		v.forEach((x, i) => item(x, `${path}[${i}]`, report));
	};

/** A key inside a record's path: `.clarity`, or `["odd key"]`. */
const member = (key: string) => (/^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${quote(key)}]`);

/** Rubric criterion id → rating 1..5. */
const ratings: Check = (v, path, report) => {
	if (!isPlainObject(v)) return report(path, `must be an object of ratings, not ${found(v)}`);
	const keys = Object.keys(v);
	if (keys.length > L.listItems)
		return report(
			path,
			`has too many ratings (${count(keys.length)}; the limit is ${count(L.listItems)})`
		);
	for (const key of keys) {
		id(key, `${path}${member(key)} (its name)`, report);
		rating(v[key], `${path}${member(key)}`, report);
	}
};

/** Key → text (the readiness reflection's answers by prompt). */
const textById: Check = (v, path, report) => {
	if (!isPlainObject(v)) return report(path, `must be an object of texts, not ${found(v)}`);
	const keys = Object.keys(v);
	if (keys.length > L.listItems)
		return report(
			path,
			`has too many entries (${count(keys.length)}; the limit is ${count(L.listItems)})`
		);
	for (const key of keys) {
		id(key, `${path}${member(key)} (its name)`, report);
		text(v[key], `${path}${member(key)}`, report);
	}
};

/** Free-form plain data: text, numbers, true/false, null, lists and objects of those. */
const plainData: Check = (v, path, report) => {
	const stack: { value: unknown; at: string; depth: number }[] = [{ value: v, at: path, depth: 0 }];
	while (stack.length) {
		const { value, at, depth } = stack.pop()!;
		if (value === null || typeof value === 'boolean' || value === undefined) continue;
		if (typeof value === 'number') {
			if (!Number.isFinite(value)) return report(at, 'must be a finite number');
			continue;
		}
		if (typeof value === 'string') {
			if (value.length > L.textChars) return text(value, at, report);
			continue;
		}
		if (depth >= L.depth) return report(at, `is nested too deeply (over ${L.depth} levels)`);
		if (Array.isArray(value)) {
			value.forEach((x, i) => stack.push({ value: x, at: `${at}[${i}]`, depth: depth + 1 }));
		} else if (isPlainObject(value)) {
			for (const key of Object.keys(value))
				stack.push({ value: value[key], at: `${at}${member(key)}`, depth: depth + 1 });
		} else {
			return report(at, `must be plain data (text, numbers, lists, objects), not ${found(value)}`);
		}
	}
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_BASE64 = Math.ceil(L.fileBytes / 3) * 4;

const encodedBlob: Check = (v, path, report) => {
	if (!isPlainObject(v))
		return report(path, `must be an object { type, base64 } holding the audio, not ${found(v)}`);
	if (typeof v.type !== 'string' || v.type.length > L.idChars)
		report(`${path}.type`, `must be a MIME type such as "audio/webm", not ${found(v.type)}`);
	const b = v.base64;
	if (typeof b !== 'string') report(`${path}.base64`, `must be base64 text, not ${found(b)}`);
	else if (b.length > MAX_BASE64) report(`${path}.base64`, 'is larger than a backup can be');
	else if (b.length % 4 !== 0 || !BASE64.test(b))
		report(`${path}.base64`, 'is not well-formed base64 (the audio is damaged)');
};

// ---- Tables ----

const stamps = { createdAt: required(dateTime), updatedAt: required(dateTime) };
const starParts = {
	situation: required(text),
	task: required(text),
	action: required(text),
	result: required(text)
};
const ids = listOf(linkId, 'ids');

/** An object with these fields (all optional: older versions wrote fewer), for settings. */
const fieldsOf =
	(what: string, fields: Record<string, Check>): Check =>
	(v, path, report) => {
		if (!isPlainObject(v)) return report(path, `must be an object of ${what}, not ${found(v)}`);
		for (const [field, check] of Object.entries(fields))
			if (v[field] !== undefined) check(v[field], `${path}.${field}`, report);
		for (const key of Object.keys(v))
			if (!Object.hasOwn(fields, key)) plainData(v[key], `${path}${member(key)}`, report);
	};

const boolean: Check = (v, path, report) => {
	if (typeof v !== 'boolean') report(path, `must be true or false, not ${found(v)}`);
};

/**
 * The settings pages read, by key, each with its own shape; any other key is kept as plain
 * data (a newer version may have written it).
 */
const SETTINGS: Record<string, Check> = {
	lastBackupAt: dateTime,
	speakingReadings: listOf(
		fieldsOf('reading', { words: count0, ms: nonNegative, at: dateTime }),
		'speaking-rate readings'
	),
	coachJargon: listOf(text, 'words'),
	practiceDefaults: fieldsOf('practice settings', {
		themeIds: ids,
		mode: oneOf('unanswered-first', 'weakest', 'due', 'random', 'mock'),
		count: numberIn(1, 100, true),
		prepSeconds: nonNegative,
		targetSeconds: nonNegative,
		showAnswer: boolean,
		record: boolean,
		interruptions: boolean
	}),
	practiceRound: fieldsOf('practice round', {})
};

const settingValue: Check = (v, path, report, record) =>
	(SETTINGS[record?.key as string] ?? plainData)(v, path, report);

/** A snapshot's copy: a narrative version is read by the narrative page, section by section. */
const snapshotData: Check = (v, path, report, record) => {
	if (record?.kind !== 'narrative') return plainData(v, path, report);
	if (!isPlainObject(v)) return report(path, `must be an object of sections, not ${found(v)}`);
	textById(v.sections, `${path}.sections`, report);
};

const TABLES: { [T in BackupTable]: TableSpec<BackupData[T][number]> } = {
	answers: {
		key: 'questionId',
		fields: {
			questionId: required(linkId),
			...starParts,
			storyId: optional(linkId),
			status: required(oneOf('draft', 'ready')),
			...stamps
		}
	},
	stories: {
		key: 'id',
		fields: {
			id: required(linkId),
			title: required(text),
			...starParts,
			themeIds: required(ids),
			metrics: required(text),
			...stamps
		}
	},
	narrative: {
		key: 'sectionId',
		fields: { sectionId: required(id), text: required(text), storyIds: optional(ids), ...stamps }
	},
	snapshots: {
		key: 'id',
		fields: {
			id: required(id),
			kind: required(oneOf('narrative', 'answer', 'story', 'question', 'all')),
			name: required(text),
			reason: required(
				oneOf('manual', 'before-restore', 'before-import', 'before-reset', 'before-delete')
			),
			data: required(snapshotData),
			...stamps
		}
	},
	attempts: {
		key: 'id',
		fields: {
			id: required(id),
			questionId: required(linkId),
			startedAt: required(dateTime),
			prepMs: required(nonNegative),
			answerMs: required(nonNegative),
			ratings: required(ratings),
			note: required(text),
			recordingId: optional(id),
			interruption: optional(plainData),
			...stamps
		}
	},
	recordings: {
		key: 'id',
		fields: {
			id: required(id),
			attemptId: required(id),
			mimeType: required(text),
			blob: required(encodedBlob),
			...stamps
		}
	},
	cards: {
		key: 'questionId',
		fields: {
			questionId: required(linkId),
			due: required(dateTime),
			stability: required(nonNegative),
			difficulty: required(nonNegative),
			elapsedDays: required(nonNegative),
			scheduledDays: required(nonNegative),
			reps: required(count0),
			lapses: required(count0),
			state: required(numberIn(0, 3, true)),
			lastReview: optional(dateTime),
			learningSteps: optional(count0),
			...stamps
		}
	},
	questions: {
		key: 'id',
		fields: {
			id: required(linkId),
			themeId: required(linkId),
			text: required(text),
			notes: required(text),
			followUps: required(listOf(text, 'questions')),
			custom: required(isTrue),
			...stamps
		}
	},
	interviews: {
		key: 'id',
		fields: {
			id: required(linkId),
			company: required(text),
			role: required(text),
			date: required(dateOrEmpty),
			stage: required(text),
			interviewer: required(text),
			questionIds: required(ids),
			storyIds: required(ids),
			debrief: required(text),
			askedText: optional(listOf(text, 'questions')),
			rating: optional(rating),
			landed: optional(text),
			toFix: optional(text),
			...stamps
		}
	},
	readiness: {
		key: 'skillId',
		fields: {
			skillId: required(id),
			rating: optional(rating),
			storyIds: required(ids),
			note: optional(text),
			answers: optional(textById),
			...stamps
		}
	},
	settings: {
		key: 'key',
		fields: { key: required(id), value: required(settingValue), ...stamps }
	}
};

/** Every table a backup holds, in the order they are written. */
export const BACKUP_TABLES = Object.keys(TABLES) as BackupTable[];

/** The primary key field of each table, as in the database schema. */
export const BACKUP_KEYS = Object.fromEntries(BACKUP_TABLES.map((t) => [t, TABLES[t].key])) as {
	[T in BackupTable]: string;
};

// ---- Validation ----

/** Thrown inside validation once enough problems are listed. */
class TooManyProblems extends Error {}

class Problems {
	readonly list: string[] = [];
	add(message: string) {
		this.list.push(message);
		if (this.list.length >= L.errors) {
			this.list.push(`(stopped after ${L.errors} problems)`);
			throw new TooManyProblems();
		}
	}
}

function validateTable(
	name: BackupTable,
	rows: unknown,
	problems: Problems
): Record<string, unknown>[] {
	if (rows === undefined) return [];
	if (!Array.isArray(rows)) {
		problems.add(`data.${name} must be a list of records, not ${found(rows)}`);
		return [];
	}
	const { key, fields } = TABLES[name] as TableSpec<Record<string, unknown>>;
	const seen = new Map<unknown, number>();
	const out: Record<string, unknown>[] = [];
	rows.forEach((row: unknown, index) => {
		const at = `${name}[${index}]`;
		if (!isPlainObject(row))
			return problems.add(`${at} must be a record (an object), not ${found(row)}`);
		const keyValue = row[key];
		const keyIsId =
			typeof keyValue === 'string' && keyValue.trim() !== '' && keyValue.length <= L.idChars;
		const which = keyIsId ? ` (${key} ${quote(keyValue)})` : '';
		const report: Report = (path, problem) => problems.add(`${path} ${problem}${which}`);
		for (const [field, rule] of Object.entries(fields)) {
			const value = Object.hasOwn(row, field) ? row[field] : undefined;
			if (value === undefined) {
				if (!rule.optional) report(`${at}.${field}`, 'is missing');
			} else rule.check(value, `${at}.${field}`, report, row);
		}
		// Fields this build does not know are kept, so nothing a newer build stored is lost.
		for (const field of Object.keys(row))
			if (!Object.hasOwn(fields, field)) plainData(row[field], `${at}${member(field)}`, report);
		if (keyIsId) {
			const first = seen.get(keyValue);
			if (first !== undefined)
				problems.add(`${at}.${key} ${quote(keyValue)} appears twice (also ${name}[${first}])`);
			else seen.set(keyValue, index);
		}
		out.push(row);
	});
	return out;
}

/** Bytes that well-formed base64 of this length decodes to. */
export function base64Bytes(b: string): number {
	return (b.length / 4) * 3 - (b.endsWith('==') ? 2 : b.endsWith('=') ? 1 : 0);
}

/**
 * Checks a parsed backup file completely: envelope (format tag, version 1..BACKUP_VERSION,
 * export date), then every table and record — required fields and their types, ranges, ids,
 * duplicate keys, sizes, base64. Older versions are upgraded first. Tables missing from the file
 * count as empty. Text is never rejected for what it says (markup is stored as text). Lists at
 * most BACKUP_LIMITS.errors problems, each naming table, record index, field (and key when
 * known), e.g. `answers[3].situation must be text, not null (questionId "x")`. Pure; never
 * throws. The returned backup is the input (upgraded), not a copy.
 */
export function validateBackup(json: unknown): BackupValidation {
	const fail = (...errors: string[]): BackupValidation => ({ ok: false, errors });
	if (!isPlainObject(json))
		return fail(`This is not a STAR practice backup: the file holds ${found(json)}, not a backup.`);
	if (json.format !== BACKUP_FORMAT)
		return fail(
			json.format === undefined
				? `This is not a STAR practice backup: it has no "format": "${BACKUP_FORMAT}".`
				: `This is not a STAR practice backup: its format is ${quote(json.format)}, not "${BACKUP_FORMAT}".`
		);
	const version = json.version;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return fail(`version must be a whole number, not ${found(version)}.`);
	if (version > BACKUP_VERSION)
		return fail(
			`This backup was made by a newer version of the app (backup version ${version}; this ` +
				`version reads up to ${BACKUP_VERSION}). Reload the app while online to update it, ` +
				'then import again.'
		);
	if (version < 1) return fail(`version must be from 1 to ${BACKUP_VERSION}, not ${version}.`);

	const problems = new Problems();
	try {
		dateTime(json.exportedAt, 'exportedAt', (path, problem) => problems.add(`${path} ${problem}`));
		if (json.data === undefined) {
			problems.add('data is missing: this backup holds no tables');
			return fail(...problems.list);
		}
		if (!isPlainObject(json.data)) {
			problems.add(`data must be an object of tables, not ${found(json.data)}`);
			return fail(...problems.list);
		}
		let upgraded: VersionedBackup;
		try {
			upgraded = upgradeBackup({ ...json, data: json.data } as VersionedBackup);
		} catch (e) {
			problems.add(`This backup could not be upgraded from version ${version}: ${String(e)}`);
			return fail(...problems.list);
		}
		const data = upgraded.data;
		for (const name of Object.keys(data))
			if (!Object.hasOwn(TABLES, name) && data[name] !== undefined)
				problems.add(
					`data.${name} is not a table this app knows (a newer version of the app may have made this backup)`
				);
		let total = 0;
		for (const name of BACKUP_TABLES) {
			const rows = data[name];
			if (!Array.isArray(rows)) continue;
			total += rows.length;
			if (rows.length > L.recordsPerTable)
				problems.add(
					`data.${name} has too many records (${count(rows.length)}; the limit is ${count(L.recordsPerTable)})`
				);
		}
		if (total > L.recordsTotal)
			problems.add(
				`This backup has too many records (${count(total)}; the limit is ${count(L.recordsTotal)})`
			);
		if (problems.list.length) return fail(...problems.list);

		const tables = Object.fromEntries(
			BACKUP_TABLES.map((name) => [name, validateTable(name, data[name], problems)])
		) as unknown as BackupData;
		if (problems.list.length) return fail(...problems.list);

		const counts = Object.fromEntries(
			BACKUP_TABLES.map((name) => [name, tables[name].length])
		) as Record<BackupTable, number>;
		const backup: Backup = {
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			exportedAt: json.exportedAt as string,
			data: tables
		};
		return {
			ok: true,
			backup,
			summary: {
				fromVersion: version,
				exportedAt: backup.exportedAt,
				counts,
				records: Object.values(counts).reduce((a, b) => a + b, 0),
				audioBytes: tables.recordings.reduce((n, r) => n + base64Bytes(r.blob.base64), 0)
			}
		};
	} catch (e) {
		if (e instanceof TooManyProblems) return fail(...problems.list);
		throw e;
	}
}

// ---- Base64 ----

/** Bytes to base64, in chunks so a long recording does not overflow the call stack. */
export function encodeBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Base64 to bytes; throws a DOMException on malformed input (validateBackup rules that out). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
