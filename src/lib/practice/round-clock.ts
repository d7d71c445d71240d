/**
 * The clock of one practice round, as plain data and pure functions.
 *
 * Every function takes the current time (`now`, epoch milliseconds from `Date.now()`) and derives
 * elapsed time from stored timestamps, never from counted ticks: a tab that was in the background,
 * or a page that was reloaded, still shows the true elapsed time. The state is a plain JSON value
 * (no class, no Dates), so it can go straight into IndexedDB or `JSON.stringify` and come back
 * through `restoreRound`. Transitions never mutate; they return a new state, or the same object
 * when the action does not apply in the current phase (so `next === state` means "nothing happened").
 *
 * idle → prep (counts down) → answer (counts up) → rating → prep of the next question … → finished
 */

/** Default time to think before speaking. */
export const DEFAULT_PREP_MS = 30_000;
/** Longest prep the round allows; 0 skips prep and starts the answer clock at once. */
export const MAX_PREP_MS = 120_000;
/** Default answer target: a behavioural answer aims for 2–3 minutes. */
export const DEFAULT_TARGET_MS = 120_000;
/** Shortest target the round allows. */
export const MIN_TARGET_MS = 30_000;
/** The second warning: past 3 minutes an interviewer is losing the thread. */
export const OVERTIME_MS = 180_000;
/** A target past the overtime mark would warn in the wrong order, so it is the ceiling. */
export const MAX_TARGET_MS = OVERTIME_MS;

/** Where the round is. Pausing is a flag on top of `prep` or `answer`, not a phase of its own. */
export type RoundPhase = 'idle' | 'prep' | 'answer' | 'rating' | 'finished';

/** Marks crossed by the answer clock: `target` at `targetMs`, `overtime` at 3 minutes. */
export type RoundWarning = 'target' | 'overtime';

/** Timing of a round, fixed when the round is created. */
export interface RoundSettings {
	/** Prep countdown, 0–120 s; 0 skips prep. */
	prepMs: number;
	/** Answer target, 30 s–3 min. */
	targetMs: number;
}

/** What happened to one question of the round: the timing half of an attempt. */
export interface QuestionResult {
	questionId: string;
	/** Epoch ms when the question was shown (prep began, or the answer when prep is 0). */
	startedAt: number;
	/** Prep actually used (shorter than the setting when the user started answering early). */
	prepMs: number;
	/** Answer time, pauses excluded; 0 when skipped during prep. */
	answerMs: number;
	skipped: boolean;
}

/** The whole round as a JSON value. Treat it as opaque and read it through `roundView`. */
export interface RoundState {
	readonly version: 1;
	readonly questionIds: readonly string[];
	readonly settings: RoundSettings;
	/** Stored phase; a prep countdown that has run out is turned into `answer` lazily. */
	readonly phase: RoundPhase;
	/** Current question; `questionIds.length` once finished. */
	readonly index: number;
	readonly questionStartedAt: number | null;
	/** Start of the running prep or answer clock. */
	readonly phaseStartedAt: number | null;
	readonly pausedAt: number | null;
	/** Paused time inside the current prep or answer phase, excluded from its elapsed time. */
	readonly pausedMs: number;
	/** Prep used by the current question, fixed when its answer starts. */
	readonly prepMs: number;
	/** Warnings already handed out by `takeAlerts` for the current question. */
	readonly alerted: readonly RoundWarning[];
	readonly results: readonly QuestionResult[];
}

/** Everything the UI shows at one instant. */
export interface RoundView {
	phase: RoundPhase;
	paused: boolean;
	/** 0-based index of the current question; equals `total` once finished. */
	index: number;
	total: number;
	/** The question on screen (prep, answer, rating); null when idle or finished. */
	questionId: string | null;
	/** Time left to prepare; 0 outside prep. */
	prepRemainingMs: number;
	/** Answer time so far (pauses excluded); in rating, the recorded answer time; else 0. */
	answerElapsedMs: number;
	targetMs: number;
	overtimeMs: number;
	/** Marks the answer clock has crossed, in order; drives colour. For a one-off buzz use `takeAlerts`. */
	warnings: RoundWarning[];
	/** Results so far, in round order. */
	results: readonly QuestionResult[];
	/** In rating, the result of the answer being rated; otherwise null. */
	current: QuestionResult | null;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Clamps user-chosen timings into the allowed ranges, filling defaults for missing values. */
export function normalizeSettings(settings: Partial<RoundSettings> = {}): RoundSettings {
	const prep = Number.isFinite(settings.prepMs) ? (settings.prepMs as number) : DEFAULT_PREP_MS;
	const target = Number.isFinite(settings.targetMs)
		? (settings.targetMs as number)
		: DEFAULT_TARGET_MS;
	return {
		prepMs: Math.round(clamp(prep, 0, MAX_PREP_MS)),
		targetMs: Math.round(clamp(target, MIN_TARGET_MS, MAX_TARGET_MS))
	};
}

/**
 * A new round, idle until `startRound`.
 * @throws Error when `questionIds` is empty or repeats an id (results are keyed by question).
 */
export function createRound(
	questionIds: readonly string[],
	settings: Partial<RoundSettings> = {}
): RoundState {
	if (questionIds.length === 0) throw new Error('A practice round needs at least one question.');
	if (new Set(questionIds).size !== questionIds.length)
		throw new Error('A practice round cannot ask the same question twice.');
	return {
		version: 1,
		questionIds: [...questionIds],
		settings: normalizeSettings(settings),
		phase: 'idle',
		index: 0,
		questionStartedAt: null,
		phaseStartedAt: null,
		pausedAt: null,
		pausedMs: 0,
		prepMs: 0,
		alerted: [],
		results: []
	};
}

/** Running time of the current prep or answer phase. Clamped at 0 in case the clock moved back. */
function elapsed(state: RoundState, now: number): number {
	if (state.phaseStartedAt === null) return 0;
	return Math.max(0, (state.pausedAt ?? now) - state.phaseStartedAt - state.pausedMs);
}

/** Turns a prep countdown that ran out (even while nobody was watching) into the answer phase. */
function settle(state: RoundState, now: number): RoundState {
	if (state.phase !== 'prep' || state.phaseStartedAt === null) return state;
	if (elapsed(state, now) < state.settings.prepMs) return state;
	// The answer clock started the moment prep ran out, not when we noticed.
	return {
		...state,
		phase: 'answer',
		phaseStartedAt: state.phaseStartedAt + state.pausedMs + state.settings.prepMs,
		pausedMs: 0,
		prepMs: state.settings.prepMs
	};
}

function beginQuestion(state: RoundState, index: number, now: number): RoundState {
	if (index >= state.questionIds.length) {
		return {
			...state,
			phase: 'finished',
			index: state.questionIds.length,
			questionStartedAt: null,
			phaseStartedAt: null,
			pausedAt: null,
			pausedMs: 0,
			prepMs: 0,
			alerted: []
		};
	}
	return {
		...state,
		phase: state.settings.prepMs > 0 ? 'prep' : 'answer',
		index,
		questionStartedAt: now,
		phaseStartedAt: now,
		pausedAt: null,
		pausedMs: 0,
		prepMs: 0,
		alerted: []
	};
}

function warningsAt(answerMs: number, settings: RoundSettings): RoundWarning[] {
	const warnings: RoundWarning[] = [];
	if (answerMs >= settings.targetMs) warnings.push('target');
	if (answerMs >= OVERTIME_MS) warnings.push('overtime');
	return warnings;
}

/** idle → prep of the first question (or straight to answer when prep is 0). */
export function startRound(state: RoundState, now: number): RoundState {
	return state.phase === 'idle' ? beginQuestion(state, 0, now) : state;
}

/** prep → answer before the countdown ends ("I'm ready"). Also resumes a paused prep. */
export function beginAnswer(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	if (s.phase !== 'prep') return state;
	return {
		...s,
		phase: 'answer',
		prepMs: elapsed(s, now),
		phaseStartedAt: now,
		pausedAt: null,
		pausedMs: 0
	};
}

/** Freezes the prep countdown or the answer clock. Does nothing when nothing is running. */
export function pause(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	if ((s.phase !== 'prep' && s.phase !== 'answer') || s.pausedAt !== null) return state;
	return { ...s, pausedAt: now };
}

/** Restarts a paused clock; the paused stretch never counts as prep or answer time. */
export function resume(state: RoundState, now: number): RoundState {
	if (state.pausedAt === null) return state;
	return {
		...state,
		pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt),
		pausedAt: null
	};
}

/** answer → rating, recording the answer time (up to the pause, if paused). */
export function done(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	if (s.phase !== 'answer' || s.questionStartedAt === null) return state;
	const result: QuestionResult = {
		questionId: s.questionIds[s.index],
		startedAt: s.questionStartedAt,
		prepMs: s.prepMs,
		answerMs: elapsed(s, now),
		skipped: false
	};
	return {
		...s,
		phase: 'rating',
		phaseStartedAt: null,
		pausedAt: null,
		pausedMs: 0,
		results: [...s.results, result]
	};
}

/** rating → the next question, or finished after the last one. */
export function next(state: RoundState, now: number): RoundState {
	return state.phase === 'rating' ? beginQuestion(state, state.index + 1, now) : state;
}

function skippedResult(s: RoundState, now: number): QuestionResult {
	return {
		questionId: s.questionIds[s.index],
		startedAt: s.questionStartedAt ?? now,
		prepMs: s.phase === 'prep' ? elapsed(s, now) : s.prepMs,
		answerMs: s.phase === 'answer' ? elapsed(s, now) : 0,
		skipped: true
	};
}

/**
 * From prep or answer: records a skipped result and moves to the next question (or finishes).
 * In rating the answer is already recorded, so use `next` there; skip does nothing.
 */
export function skip(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	if (s.phase !== 'prep' && s.phase !== 'answer') return state;
	return beginQuestion({ ...s, results: [...s.results, skippedResult(s, now)] }, s.index + 1, now);
}

/** Ends the round early; a question in prep or answer is recorded as skipped. */
export function finishRound(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	if (s.phase === 'finished') return state;
	const results =
		s.phase === 'prep' || s.phase === 'answer' ? [...s.results, skippedResult(s, now)] : s.results;
	return beginQuestion({ ...s, results }, s.questionIds.length, now);
}

/**
 * The one-key action (Space): start the round, start answering, or say Done.
 * Rating and finished are left alone so a stray key press cannot skip the rating.
 */
export function primaryAction(state: RoundState, now: number): RoundState {
	const s = settle(state, now);
	switch (s.phase) {
		case 'idle':
			return startRound(state, now);
		case 'prep':
			return beginAnswer(state, now);
		case 'answer':
			return done(state, now);
		default:
			return state;
	}
}

/** Pause if running, resume if paused (the P key). */
export function togglePause(state: RoundState, now: number): RoundState {
	return state.pausedAt === null ? pause(state, now) : resume(state, now);
}

/**
 * Warnings the answer clock has newly crossed, each handed out once per question (even across a
 * reload, since the state remembers them), so the UI can vibrate or beep exactly once at each.
 * Returns the same state object when there is nothing new, so callers persist only on change.
 */
export function takeAlerts(
	state: RoundState,
	now: number
): { state: RoundState; alerts: RoundWarning[] } {
	const s = settle(state, now);
	if (s.phase !== 'answer') return { state, alerts: [] };
	const alerts = warningsAt(elapsed(s, now), s.settings).filter((w) => !s.alerted.includes(w));
	if (alerts.length === 0) return { state, alerts };
	return { state: { ...s, alerted: [...s.alerted, ...alerts] }, alerts };
}

/** The round as the UI shows it at `now`. Call it on every animation frame; it never changes state. */
export function roundView(state: RoundState, now: number): RoundView {
	const s = settle(state, now);
	const running = s.phase === 'prep' || s.phase === 'answer';
	const current = s.phase === 'rating' ? (s.results[s.results.length - 1] ?? null) : null;
	const answerElapsedMs =
		s.phase === 'answer' ? elapsed(s, now) : current !== null ? current.answerMs : 0;
	return {
		phase: s.phase,
		paused: running && s.pausedAt !== null,
		index: s.index,
		total: s.questionIds.length,
		questionId: running || s.phase === 'rating' ? s.questionIds[s.index] : null,
		prepRemainingMs: s.phase === 'prep' ? Math.max(0, s.settings.prepMs - elapsed(s, now)) : 0,
		answerElapsedMs,
		targetMs: s.settings.targetMs,
		overtimeMs: OVERTIME_MS,
		warnings:
			s.phase === 'answer' || s.phase === 'rating' ? warningsAt(answerElapsedMs, s.settings) : [],
		results: s.results,
		current
	};
}

/**
 * "1:05": minutes and seconds for a `role="timer"`. Use `ceil` for a countdown, so it reads 0:30
 * at the start and reaches 0:00 only when time is up; `floor` for a clock counting up.
 */
export function formatClock(ms: number, rounding: 'floor' | 'ceil' = 'floor'): string {
	const total = Math.max(0, Math[rounding](ms / 1000));
	const minutes = Math.floor(total / 60);
	return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

const PHASES: readonly RoundPhase[] = ['idle', 'prep', 'answer', 'rating', 'finished'];

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTimeOrNull = (v: unknown) => v === null || isTime(v);

function isResult(v: unknown): v is QuestionResult {
	if (typeof v !== 'object' || v === null) return false;
	const r = v as Record<string, unknown>;
	return (
		typeof r.questionId === 'string' &&
		isTime(r.startedAt) &&
		isTime(r.prepMs) &&
		isTime(r.answerMs) &&
		typeof r.skipped === 'boolean'
	);
}

/**
 * Reads a round saved with `JSON.stringify` or put in IndexedDB. Returns null for anything that is
 * not a well-formed round (old format, hand-edited, cut off), so the UI just does not offer to resume.
 */
export function restoreRound(value: unknown): RoundState | null {
	const v = typeof value === 'string' ? parseJson(value) : value;
	if (typeof v !== 'object' || v === null) return null;
	const r = v as Record<string, unknown>;
	const ids = r.questionIds;
	const settings = r.settings as Record<string, unknown> | null | undefined;
	if (r.version !== 1) return null;
	if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string'))
		return null;
	if (new Set(ids).size !== ids.length) return null;
	if (typeof settings !== 'object' || settings === null) return null;
	if (!isTime(settings.prepMs) || !isTime(settings.targetMs)) return null;
	if (typeof r.phase !== 'string' || !PHASES.includes(r.phase as RoundPhase)) return null;
	const phase = r.phase as RoundPhase;
	const index = r.index;
	if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
	if (phase === 'finished' ? index !== ids.length : index >= ids.length) return null;
	if (!isTimeOrNull(r.questionStartedAt) || !isTimeOrNull(r.phaseStartedAt)) return null;
	if (!isTimeOrNull(r.pausedAt) || !isTime(r.pausedMs) || !isTime(r.prepMs)) return null;
	const running = phase === 'prep' || phase === 'answer';
	if (running && (r.phaseStartedAt === null || r.questionStartedAt === null)) return null;
	if (!running && r.pausedAt !== null) return null;
	const alerted = r.alerted;
	if (!Array.isArray(alerted) || !alerted.every((w) => w === 'target' || w === 'overtime'))
		return null;
	if (!Array.isArray(r.results) || !r.results.every(isResult)) return null;
	return {
		version: 1,
		questionIds: [...(ids as string[])],
		settings: normalizeSettings(settings as Partial<RoundSettings>),
		phase,
		index,
		questionStartedAt: r.questionStartedAt as number | null,
		phaseStartedAt: r.phaseStartedAt as number | null,
		pausedAt: r.pausedAt as number | null,
		pausedMs: r.pausedMs as number,
		prepMs: r.prepMs as number,
		alerted: [...(alerted as RoundWarning[])],
		results: (r.results as QuestionResult[]).map((x) => ({ ...x }))
	};
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
