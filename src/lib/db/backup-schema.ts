/**
 * What a backup's records may hold, as Valibot schemas, and the messages a user reads when a
 * record breaks them: each names table, index, field and the record's key, e.g.
 * `answers[3].situation must be text, not null (questionId "x")`. The backup's record types
 * are inferred from these schemas, and must equal the stored ones (`types.ts`): a field added
 * to a stored record fails the type check until it has a rule here. Loaded only when a backup
 * is read or written (it holds the schema library).
 */
import * as v from 'valibot';
import type { BackupTable } from './backup-tables';
import { BACKUP_LIMITS as L, count } from './limits';
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

// ---- Words for messages ----

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** "a number", "a list"… for "must be text, not a number". */
export function found(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return value === '' ? 'empty text' : 'text';
	if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'NaN';
	if (typeof value === 'boolean') return `${value}`;
	return isPlainObject(value) ? 'an object' : `a ${typeof value}`;
}

/** A value from the file, short enough to quote in a message. */
export function quote(value: unknown): string {
	const s = typeof value === 'string' ? value : String(value);
	return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

type Issue = v.BaseIssue<unknown>;

/** "must be text, not the number 42": every schema's message is the problem, without the path. */
const mustBe = (expected: string) => (issue: Issue) =>
	`must be ${expected}, not ${found(issue.input)}`;

const MISSING = 'is missing';

/** An object's message: its own type, or a required field that is absent. */
const objectMessage = (expected: string) => (issue: Issue) =>
	issue.expected?.startsWith('"') ? MISSING : mustBe(expected)(issue);

/** A plain object (not a list, a Date or null) checked by `schema`. */
function plain<T extends v.GenericSchema>(schema: T, expected: string) {
	return v.pipe(v.custom<v.InferInput<T>>(isPlainObject, mustBe(expected)), schema);
}

// ---- Fields ----

const text = v.pipe(
	v.string(mustBe('text')),
	v.maxLength(
		L.textChars,
		(issue) =>
			`is too long (${count((issue.input as string).length)} characters; the limit is ${count(L.textChars)})`
	)
);

const id = v.pipe(
	v.string(mustBe('a non-empty id')),
	v.check((s) => s.trim() !== '', mustBe('a non-empty id')),
	v.maxLength(
		L.idChars,
		(issue) =>
			`is too long for an id (${count((issue.input as string).length)} characters; the limit is ${L.idChars})`
	)
);

/** Ids that become part of a link (/stories/<id>): UUIDs and kebab-case ids, nothing a URL reads. */
export const LINK_SAFE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const linkId = v.pipe(
	id,
	v.regex(
		LINK_SAFE,
		(issue) =>
			`must be an id of letters, digits, "-" and "_" (it becomes part of a link), not ${quote(issue.input)}`
	)
);

const ISO_DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const ISO_TIME =
	'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const DATE_TIME = new RegExp(`^${ISO_DATE}${ISO_TIME}$`);
const DATE_OR_DATE_TIME = new RegExp(`^${ISO_DATE}(?:${ISO_TIME})?$`);

/** A day that is on the calendar: Date.parse takes 2025-02-30 as 2 March. */
function onCalendar(s: string): boolean {
	const [year, month, day] = s.slice(0, 10).split('-').map(Number);
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && !Number.isNaN(Date.parse(s));
}

export const dateTime = v.custom<string>(
	(x) => typeof x === 'string' && DATE_TIME.test(x) && onCalendar(x),
	mustBe('an ISO date and time like 2024-05-01T09:30:00.000Z')
);

/** A calendar date (an interview's day) or date and time; empty when not known yet. */
const dateOrEmpty = v.custom<string>(
	(x) => x === '' || (typeof x === 'string' && DATE_OR_DATE_TIME.test(x) && onCalendar(x)),
	mustBe('a date like 2024-05-01, or empty')
);

const MAX = Number.MAX_SAFE_INTEGER;
const numberIn = (min: number, max: number, whole: boolean) =>
	v.custom<number>(
		(x) =>
			typeof x === 'number' &&
			Number.isFinite(x) &&
			(!whole || Number.isInteger(x)) &&
			x >= min &&
			x <= max,
		mustBe(
			`${whole ? 'a whole number' : 'a number'} ${max === MAX ? `${min} or more` : `from ${min} to ${max}`}`
		)
	);

const rating = numberIn(1, 5, true);
const count0 = numberIn(0, MAX, true);
const nonNegative = numberIn(0, MAX, false);

const oneOf = <const T extends readonly string[]>(...values: T) =>
	v.picklist(values, mustBe(`one of ${values.map((x) => `"${x}"`).join(', ')}`));

const boolean = v.boolean(mustBe('true or false'));

const listOf = <T extends v.GenericSchema>(item: T, what: string) =>
	v.pipe(
		v.array(item, mustBe(`a list of ${what}`)),
		v.maxLength(
			L.listItems,
			(issue) =>
				`has too many items (${count((issue.input as unknown[]).length)}; the limit is ${count(L.listItems)})`
		)
	);

const ids = listOf(linkId, 'ids');

/** An object of at most `listItems` entries, keyed by ids. */
const byId = <T extends v.GenericSchema>(item: T, what: string, entries: string) =>
	plain(
		v.pipe(
			v.record(id, item),
			v.check(
				(o) => Object.keys(o).length <= L.listItems,
				(issue) =>
					`has too many ${entries} (${count(Object.keys(issue.input as object).length)}; the limit is ${count(L.listItems)})`
			)
		),
		`an object of ${what}`
	);

/** Rubric criterion id → rating 1..5. */
const ratings = byId(rating, 'ratings', 'ratings');
/** Key → text (the readiness reflection's answers by prompt). */
const textById = byId(text, 'texts', 'entries');

/** Where inside a free-form value the first thing that is not plain data sits, and why. */
function notPlain(value: unknown): { at: (string | number)[]; problem: string } | undefined {
	const stack: { value: unknown; at: (string | number)[] }[] = [{ value, at: [] }];
	while (stack.length) {
		const { value, at } = stack.pop()!;
		if (value === null || value === undefined || typeof value === 'boolean') continue;
		if (typeof value === 'number') {
			if (!Number.isFinite(value)) return { at, problem: 'must be a finite number' };
			continue;
		}
		if (typeof value === 'string') {
			if (value.length > L.textChars)
				return {
					at,
					problem: `is too long (${count(value.length)} characters; the limit is ${count(L.textChars)})`
				};
			continue;
		}
		if (at.length >= L.depth)
			return { at, problem: `is nested too deeply (over ${L.depth} levels)` };
		if (Array.isArray(value)) value.forEach((x, i) => stack.push({ value: x, at: [...at, i] }));
		else if (isPlainObject(value))
			for (const key of Object.keys(value)) stack.push({ value: value[key], at: [...at, key] });
		else
			return {
				at,
				problem: `must be plain data (text, numbers, lists, objects), not ${found(value)}`
			};
	}
	return undefined;
}

const pathItem = (key: string | number): v.UnknownPathItem => ({
	type: 'unknown',
	origin: 'value',
	input: undefined,
	key,
	value: undefined
});

/** Free-form plain data: text, numbers, true/false, null, lists and objects of those. */
const plainData = v.pipe(
	v.unknown(),
	v.rawCheck(({ dataset, addIssue }) => {
		const bad = dataset.typed ? notPlain(dataset.value) : undefined;
		if (!bad) return;
		const [first, ...rest] = bad.at;
		addIssue(
			first === undefined
				? { message: bad.problem }
				: { message: bad.problem, path: [pathItem(first), ...rest.map(pathItem)] }
		);
	})
);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_BASE64 = Math.ceil(L.fileBytes / 3) * 4;
const mimeType = mustBe('a MIME type such as "audio/webm"');

const encodedBlob = plain(
	v.object(
		{
			type: v.pipe(v.string(mimeType), v.maxLength(L.idChars, mimeType)),
			base64: v.pipe(
				v.string(mustBe('base64 text')),
				v.maxLength(MAX_BASE64, 'is larger than a backup can be'),
				v.check(
					(b) => b.length % 4 === 0 && BASE64.test(b),
					'is not well-formed base64 (the audio is damaged)'
				)
			)
		},
		objectMessage('an object { type, base64 } holding the audio')
	),
	'an object { type, base64 } holding the audio'
);

/** An object with these fields (all optional: older versions wrote fewer), for settings. */
const fieldsOf = (what: string, fields: v.ObjectEntries) =>
	plain(
		v.objectWithRest(
			Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, v.optional(s)])),
			plainData,
			objectMessage(`an object of ${what}`)
		),
		`an object of ${what}`
	);

/**
 * The settings pages read, by key, each with its own shape; any other key is kept as plain
 * data (a newer version may have written it).
 */
const SETTINGS: Record<string, v.GenericSchema> = {
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
		interruptions: boolean,
		transcribe: boolean
	}),
	practiceRound: fieldsOf('practice round', {})
};

/** A narrative version is read by the narrative page, section by section. */
const narrativeVersion = plain(
	v.looseObject({ sections: textById }, objectMessage('an object of sections')),
	'an object of sections'
);

const CONFIG = { abortPipeEarly: true } as const;

/**
 * Checks `field` of a record with a schema chosen from the whole record (a setting's value by
 * its key, a snapshot's copy by its kind), reporting at that field.
 */
function dependentField<R extends Record<string, unknown>>(
	field: keyof R & string,
	schemaFor: (record: R) => v.GenericSchema
) {
	return v.rawCheck<R>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const record = dataset.value;
		const result = v.safeParse(schemaFor(record), record[field], CONFIG);
		if (!result.success)
			for (const issue of result.issues)
				addIssue({
					message: issue.message,
					input: issue.input,
					path: [pathItem(field), ...(issue.path ?? [])]
				});
	});
}

// ---- Records ----

const stamps = { createdAt: dateTime, updatedAt: dateTime, mergedAt: v.optional(dateTime) };
const starParts = { situation: text, task: text, action: text, result: text };

const answer = {
	questionId: linkId,
	...starParts,
	storyId: v.optional(linkId),
	status: oneOf('draft', 'ready'),
	...stamps
};
const story = {
	id: linkId,
	title: text,
	...starParts,
	themeIds: ids,
	metrics: text,
	...stamps
};
const narrative = { sectionId: id, text, storyIds: v.optional(ids), ...stamps };
const snapshot = {
	id,
	kind: oneOf('narrative', 'answer', 'story', 'question', 'all'),
	name: text,
	reason: oneOf('manual', 'before-restore', 'before-import', 'before-reset', 'before-delete'),
	data: v.unknown(),
	...stamps
};
const attempt = {
	id,
	questionId: linkId,
	startedAt: dateTime,
	prepMs: nonNegative,
	answerMs: nonNegative,
	ratings,
	note: text,
	recordingId: v.optional(id),
	interruption: v.optional(
		plain(
			v.object({ prompt: text, atMs: nonNegative }, objectMessage('an interruption')),
			'an interruption'
		)
	),
	/** What was said, transcribed on the device: the (edited) text and the phrases as heard. */
	transcript: v.optional(
		plain(
			v.object(
				{
					text,
					lang: id,
					segments: listOf(
						plain(
							v.object(
								{ text, startMs: nonNegative, endMs: nonNegative },
								objectMessage('a heard phrase')
							),
							'a heard phrase'
						),
						'heard phrases'
					)
				},
				objectMessage('a transcript')
			),
			'a transcript'
		)
	),
	...stamps
};
const recording = { id, attemptId: id, mimeType: text, blob: encodedBlob, ...stamps };
const card = {
	questionId: linkId,
	due: dateTime,
	stability: nonNegative,
	difficulty: nonNegative,
	elapsedDays: nonNegative,
	scheduledDays: nonNegative,
	reps: count0,
	lapses: count0,
	state: numberIn(0, 3, true),
	lastReview: v.optional(dateTime),
	learningSteps: v.optional(count0),
	...stamps
};
const question = {
	id: linkId,
	themeId: linkId,
	text,
	notes: text,
	followUps: listOf(text, 'questions'),
	custom: v.literal(true, mustBe('true')),
	...stamps
};
const interview = {
	id: linkId,
	company: text,
	role: text,
	date: dateOrEmpty,
	stage: text,
	interviewer: text,
	questionIds: ids,
	storyIds: ids,
	debrief: text,
	askedText: v.optional(listOf(text, 'questions')),
	rating: v.optional(rating),
	landed: v.optional(text),
	toFix: v.optional(text),
	...stamps
};
const readiness = {
	skillId: id,
	rating: v.optional(rating),
	storyIds: ids,
	note: v.optional(text),
	answers: v.optional(textById),
	...stamps
};
const setting = { key: id, value: v.unknown(), ...stamps };

/** A record with these fields; fields this build does not know are kept if they are plain data. */
const recordOf = <E extends v.ObjectEntries>(entries: E) =>
	v.objectWithRest(entries, plainData, objectMessage('a record (an object)'));

const isRecord = v.custom<Record<string, unknown>>(isPlainObject, mustBe('a record (an object)'));

/** Each table's records; a table is a list of them. */
const RECORDS = {
	answers: v.pipe(isRecord, recordOf(answer)),
	stories: v.pipe(isRecord, recordOf(story)),
	narrative: v.pipe(isRecord, recordOf(narrative)),
	snapshots: v.pipe(
		isRecord,
		recordOf(snapshot),
		dependentField('data', (s) => (s.kind === 'narrative' ? narrativeVersion : plainData))
	),
	attempts: v.pipe(isRecord, recordOf(attempt)),
	recordings: v.pipe(isRecord, recordOf(recording)),
	cards: v.pipe(isRecord, recordOf(card)),
	questions: v.pipe(isRecord, recordOf(question)),
	interviews: v.pipe(isRecord, recordOf(interview)),
	readiness: v.pipe(isRecord, recordOf(readiness)),
	settings: v.pipe(
		isRecord,
		recordOf(setting),
		dependentField('value', (s) => SETTINGS[s.key as string] ?? plainData)
	)
} satisfies Record<BackupTable, v.GenericSchema>;

// ---- Types ----

type Fields<E extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<E, undefined>>;

/** A Blob as JSON: its MIME type and its bytes in base64. */
export type EncodedBlob = v.InferOutput<typeof encodedBlob>;
/** A recording in a backup: the stored record with its audio base64-encoded. */
export type BackupRecording = Fields<typeof recording>;

/** Every table, as lists of records. In a file a table may be absent, which means empty. */
export interface BackupData {
	answers: Fields<typeof answer>[];
	stories: Fields<typeof story>[];
	narrative: Fields<typeof narrative>[];
	snapshots: Fields<typeof snapshot>[];
	attempts: Fields<typeof attempt>[];
	recordings: BackupRecording[];
	cards: Fields<typeof card>[];
	questions: Fields<typeof question>[];
	interviews: Fields<typeof interview>[];
	readiness: Fields<typeof readiness>[];
	settings: Fields<typeof setting>[];
}

/** True only when A and B are the same type: a field on one side only makes it false. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Stored = {
	answers: AnswerRecord;
	stories: StoryRecord;
	narrative: NarrativeRecord;
	snapshots: SnapshotRecord;
	attempts: AttemptRecord;
	recordings: Omit<RecordingRecord, 'blob'> & { blob: EncodedBlob };
	cards: CardRecord;
	questions: CustomQuestionRecord;
	interviews: InterviewRecord;
	readiness: ReadinessRecord;
	settings: SettingRecord;
};
// Fails to compile when a stored record and its backup schema disagree on any field.
const sameShapes: { [T in BackupTable]: Same<BackupData[T][number], Stored[T]> } = {
	answers: true,
	stories: true,
	narrative: true,
	snapshots: true,
	attempts: true,
	recordings: true,
	cards: true,
	questions: true,
	interviews: true,
	readiness: true,
	settings: true
};
void sameShapes;

// ---- Messages ----

/** A key inside a record's path: `.clarity`, or `["odd key"]`. */
const member = (key: string) => (/^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${quote(key)}]`);

/** `answers[3].situation` (an index in brackets, a field after a dot). */
function pathText(start: string, keys: unknown[]): string {
	return keys.reduce<string>(
		(at, key) => at + (typeof key === 'number' ? `[${key}]` : member(String(key))),
		start
	);
}

/**
 * Every problem with one table's records, in order, each a sentence naming where it is:
 * `answers[3].situation must be text, not null (questionId "x")`. Also duplicate keys.
 * `key` is the table's primary key field.
 */
export function tableProblems(name: BackupTable, key: string, rows: unknown): string[] {
	const result = v.safeParse(v.array(RECORDS[name], mustBe('a list of records')), rows, CONFIG);
	const problems = result.success
		? []
		: result.issues.map((issue) => {
				const path = issue.path ?? [];
				if (!path[0]) return `data.${name} ${issue.message}`;
				const record = path[0].value as Record<string, unknown> | undefined;
				const keyValue = isPlainObject(record) ? record[key] : undefined;
				const keyIsId =
					typeof keyValue === 'string' && keyValue.trim() !== '' && keyValue.length <= L.idChars;
				const last = path.at(-1)!;
				// A key of an object of ratings or texts, not its value.
				const itsName = last.origin === 'key' && issue.message !== MISSING ? ' (its name)' : '';
				const at = pathText(
					name,
					path.map((p) => p.key)
				);
				return `${at}${itsName} ${issue.message}${keyIsId ? ` (${key} ${quote(keyValue)})` : ''}`;
			});
	if (Array.isArray(rows)) {
		const seen = new Map<string, number>();
		rows.forEach((row, index) => {
			const keyValue = isPlainObject(row) ? row[key] : undefined;
			if (typeof keyValue !== 'string') return;
			const first = seen.get(keyValue);
			if (first === undefined) seen.set(keyValue, index);
			else
				problems.push(
					`${name}[${index}].${key} ${quote(keyValue)} appears twice (also ${name}[${first}])`
				);
		});
	}
	return problems;
}

/** The problem with a backup's export date, if any. */
export function dateTimeProblem(value: unknown): string | undefined {
	const result = v.safeParse(dateTime, value);
	return result.success ? undefined : result.issues[0].message;
}
