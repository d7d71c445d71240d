import type { StarPart } from '$lib/db/types';
import { diffFrom } from '$lib/editing/text-delta';

export const STAR_PARTS: StarPart[] = ['situation', 'task', 'action', 'result'];

/** The parts as the user sees them named. */
export const STAR_LABELS: Record<StarPart, string> = {
	situation: 'Situation',
	task: 'Task',
	action: 'Action',
	result: 'Result'
};

/** Speaking rate for estimates until the user's own rate is measured. */
export const DEFAULT_WORDS_PER_MINUTE = 140;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Counts every word of `text`. */
function countAll(text: string): number {
	// Stepping with test() builds no array of words: over a megabyte, match() made some 200,000
	// strings for the garbage collector. As fast in Chromium (7 ms a megabyte), 4 times in Node.
	WORD.lastIndex = 0;
	let words = 0;
	while (WORD.test(text)) words++;
	return words;
}

/** A text and its count. */
export interface Counted {
	text: string;
	words: number;
}

/** Space, tab, line feed, carriage return: never inside a word, so a count can be split there. */
const isBreak = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/**
 * `text`'s words, counted from `before`'s: only the span where the two differ is read, widened on
 * both sides to a break no word crosses (the words either side of it are the same in both).
 * `read` is how many characters were counted. Undefined when the span is most of the text.
 */
export function countEdited(
	before: Counted,
	text: string
): { words: number; read: number } | undefined {
	const { head, tail } = diffFrom(before.text, text);
	let from = head;
	while (from > 0 && !isBreak(text.charCodeAt(from - 1))) from--;
	let to = text.length - tail;
	while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
	const toBefore = before.text.length - (text.length - to);
	if (to - from > text.length / 2) return undefined;
	const removed = countAll(before.text.slice(from, toBefore));
	return {
		words: before.words - removed + countAll(text.slice(from, to)),
		read: toBefore - from + (to - from)
	};
}

/** Past this length a text's count is kept: counting it again, or a small edit of it, reads little. */
const KEEP_CHARS = 20_000;
/** Long texts counted lately, newest first: one per part of an answer. */
const kept: Counted[] = [];

/** Counts words as a listener hears them: markdown symbols and bare punctuation don't count. */
export function countWords(text: string): number {
	if (text.length < KEEP_CHARS) return countAll(text);
	// A megabyte of notes is counted after each pause in typing, by the counts and the coach.
	const at = kept.findIndex((k) => k.text === text);
	if (at !== -1) {
		kept.unshift(...kept.splice(at, 1));
		return kept[0].words;
	}
	let words: number | undefined;
	for (let i = 0; words === undefined && i < kept.length; i++)
		words = countEdited(kept[i], text)?.words;
	kept.unshift({ text, words: words ?? countAll(text) });
	kept.length = Math.min(kept.length, 4);
	return kept[0].words;
}

/** Seconds it takes to say `words` at `wordsPerMinute`. */
export function speakingSeconds(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
	return Math.round((words / wordsPerMinute) * 60);
}

/** "1 min 25 s", "40 s"; past an hour (pasted notes read aloud), "2 h 5 min". */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const minutes = Math.floor(s / 60);
	const rest = s % 60;
	if (minutes >= 60) {
		const hours = Math.floor(minutes / 60);
		return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
	}
	if (minutes === 0) return `${rest} s`;
	return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export interface StarStats {
	words: Record<StarPart, number>;
	total: number;
	seconds: number;
	/** Each part's share of the words, 0..1 (all 0 when empty). */
	share: Record<StarPart, number>;
}

/**
 * Word counts, spoken length and the balance of an answer. Judging them (a long set-up, a thin
 * Action, too long to say) is the answer coach's job, in one place.
 */
export function starStats(
	answer: Record<StarPart, string>,
	wordsPerMinute = DEFAULT_WORDS_PER_MINUTE
): StarStats {
	const words = Object.fromEntries(STAR_PARTS.map((p) => [p, countWords(answer[p])])) as Record<
		StarPart,
		number
	>;
	const total = STAR_PARTS.reduce((n, p) => n + words[p], 0);
	const share = Object.fromEntries(
		STAR_PARTS.map((p) => [p, total ? words[p] / total : 0])
	) as Record<StarPart, number>;
	const seconds = speakingSeconds(total, wordsPerMinute);
	return { words, total, seconds, share };
}

/** The filled parts of an answer or story as one labelled text, e.g. for a saved version. */
export function starText(parts: Record<StarPart, string>): string {
	return STAR_PARTS.filter((p) => parts[p].trim())
		.map((p) => `${STAR_LABELS[p]}: ${parts[p]}`)
		.join('\n\n');
}
