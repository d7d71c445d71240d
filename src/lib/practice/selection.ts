/**
 * Choosing the questions for a practice round. Every mode shuffles first with the given random
 * source and then sorts stably, so equal candidates come in a fresh order each round and a seeded
 * source (`seededRandom`) makes the choice repeatable in tests.
 */
import type { AttemptRecord, CardRecord } from '$lib/db/types';
import { questionAverages, WEAK_RATING } from './rubric';

/** Fewest and most questions in one round. */
export const MIN_ROUND_QUESTIONS = 1;
export const MAX_ROUND_QUESTIONS = 10;
/** A mock interview: this many questions, each from a different theme where there are enough. */
export const MOCK_ROUND_QUESTIONS = 5;

/**
 * - `unanswered-first`: questions without a written answer first, then the least practised.
 * - `weakest`: lowest recent average rating first (see `selectQuestions` for unrated ones).
 * - `due`: review cards due soonest first (most overdue first); questions without a card last.
 * - `random`: any order.
 */
export type SelectionMode = 'unanswered-first' | 'weakest' | 'due' | 'random';

/** Anything with an id and a theme: bank questions and the user's own. */
export interface PoolQuestion {
	id: string;
	themeId: string;
}

/** What the user has done so far; each mode reads only the part it needs. */
export interface PracticeHistory {
	/** Questions with a written STAR answer (`unanswered-first`). */
	answeredIds?: Iterable<string>;
	/** Past attempts (`unanswered-first` counts them, `weakest` averages their ratings). */
	attempts?: readonly Pick<AttemptRecord, 'questionId' | 'startedAt' | 'ratings'>[];
	/** Review cards (`due`). */
	cards?: readonly Pick<CardRecord, 'questionId' | 'due'>[];
}

export interface SelectionOptions extends PracticeHistory {
	mode: SelectionMode;
	/** Clamped to 1–10. */
	count: number;
	/** Only these themes; empty or absent means all. */
	themeIds?: readonly string[];
	/** Returns [0, 1) like `Math.random` (the default); pass `seededRandom(n)` for a fixed order. */
	random?: () => number;
}

/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence, which is all a
 * shuffle needs; not for anything secret.
 */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** The pool limited to `themeIds`; empty or absent keeps every theme. */
export function filterByThemes<Q extends PoolQuestion>(
	pool: readonly Q[],
	themeIds: readonly string[] = []
): Q[] {
	if (themeIds.length === 0) return [...pool];
	const wanted = new Set(themeIds);
	return pool.filter((q) => wanted.has(q.themeId));
}

/** Count clamped to 1–10; a non-number gives the minimum. */
export function clampCount(count: number): number {
	if (!Number.isFinite(count)) return MIN_ROUND_QUESTIONS;
	return Math.min(MAX_ROUND_QUESTIONS, Math.max(MIN_ROUND_QUESTIONS, Math.floor(count)));
}

type SortKey = (q: PoolQuestion) => number[];

function compareKeys(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

function sortKey(mode: SelectionMode, history: PracticeHistory): SortKey {
	switch (mode) {
		case 'unanswered-first': {
			const answered = new Set(history.answeredIds ?? []);
			const practised = new Map<string, number>();
			for (const a of history.attempts ?? [])
				practised.set(a.questionId, (practised.get(a.questionId) ?? 0) + 1);
			return (q) => [answered.has(q.id) ? 1 : 0, practised.get(q.id) ?? 0];
		}
		case 'weakest': {
			const averages = questionAverages(history.attempts ?? []);
			// Three tiers: answers rated weak (below 3) first, since working on a known gap pays
			// most; then never-rated ones, an unknown that is likely weaker than a proven answer;
			// then answers rated 3 or better, weakest first.
			return (q) => {
				const average = averages.get(q.id);
				if (average === undefined) return [1, 0];
				return [average < WEAK_RATING ? 0 : 2, average];
			};
		}
		case 'due': {
			const due = new Map<string, number>();
			for (const card of history.cards ?? []) {
				const t = Date.parse(card.due);
				due.set(card.questionId, Number.isNaN(t) ? -Infinity : t);
			}
			// No card means nothing to review yet: those go last, in random order.
			return (q) => {
				const t = due.get(q.id);
				return t === undefined ? [1, 0] : [0, t];
			};
		}
		case 'random':
			return () => [];
	}
}

/**
 * Up to `count` (1–10) questions from `pool` for a round, in the order to ask them. Fewer when the
 * (theme-filtered) pool is smaller; empty when no question matches the themes.
 *
 * In `weakest` mode, order is: rated below 3 (lowest first), then never rated, then rated 3 or
 * better (lowest first). A question's rating is the mean of its latest three rated attempts.
 */
export function selectQuestions<Q extends PoolQuestion>(
	pool: readonly Q[],
	options: SelectionOptions
): Q[] {
	const { mode, themeIds, random = Math.random } = options;
	const key = sortKey(mode, options);
	const candidates = shuffle(filterByThemes(pool, themeIds), random);
	const keyed = candidates.map((q) => ({ q, key: key(q) }));
	keyed.sort((a, b) => compareKeys(a.key, b.key));
	return keyed.slice(0, clampCount(options.count)).map((x) => x.q);
}

/**
 * The mock-interview preset: 5 questions, each from a different theme, themes and questions
 * picked at random. With fewer than 5 themes to choose from it repeats themes rather than ask
 * fewer questions, spreading the repeats evenly; with fewer than 5 questions it returns them all.
 */
export function selectMockRound<Q extends PoolQuestion>(
	pool: readonly Q[],
	options: { themeIds?: readonly string[]; random?: () => number } = {}
): Q[] {
	const random = options.random ?? Math.random;
	const byTheme = new Map<string, Q[]>();
	for (const q of shuffle(filterByThemes(pool, options.themeIds), random)) {
		const list = byTheme.get(q.themeId) ?? [];
		list.push(q);
		byTheme.set(q.themeId, list);
	}
	// Round-robin over the themes in random order: one question per theme before any theme gets a second.
	const queues = shuffle([...byTheme.values()], random);
	const picked: Q[] = [];
	while (picked.length < MOCK_ROUND_QUESTIONS && queues.some((queue) => queue.length > 0)) {
		for (const queue of queues) {
			const q = queue.shift();
			if (q && picked.length < MOCK_ROUND_QUESTIONS) picked.push(q);
		}
	}
	return picked;
}
