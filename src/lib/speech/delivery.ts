/**
 * How an answer was spoken, from its transcript: pace, filler words, long pauses and how long it
 * took to reach the Action. Pure; every threshold and word list is in `SPEECH_RULES`.
 */
import { countWords } from '$lib/answers/star-stats';
import type { HeardSegment } from './transcript';

export const SPEECH_RULES = {
	/** Below this much speech a pace says more about the stopwatch than the speaker. */
	minPaceMs: 10_000,
	/** A comfortable interview pace, in words per minute: slower drags, faster is hard to follow. */
	pace: { slow: 110, fast: 170 },
	/** Silence at least this long between phrases is a long pause. */
	longPauseMs: 3000,
	/** Filler words per minute above which they distract a listener. */
	maxFillersPerMinute: 4,
	/** Set-up (before the Action) longer than this share of the answer buries the Action. */
	maxSetupShare: 0.35,
	/**
	 * Fillers, each a regex source matched as whole words, case-insensitive, with the label shown.
	 * "like", "you know" and "so" are also ordinary words, so only their filler uses count: "like"
	 * not after a verb or word that takes it ("I like", "looks like", "something like"), "you
	 * know" not as a question or before what is known, "so" only opening the answer or a sentence,
	 * or after another filler ("um so"): a transcript often has no full stops to tell.
	 */
	// prettier-ignore
	fillers: [
		['um', '(?:um+|uhm+|erm+|hmm+|mm+)'],
		['uh', '(?:uh+|er+|ah+)'],
		['like', "(?:(?<=,\\s*)like|like(?=\\s*,)|(?<!\\b(?:I|we|they|you|he|she|people|would|I'd|we'd|look|looks|looked|looking|feel|feels|felt|seem|seems|seemed|sound|sounds|sounded|something|anything|nothing|things|more|much|didn't|don't|doesn't|not|really|also|just|is|was|were|are|be|been|it's|that's)\\s+)like)"],
		['you know', "(?<!\\b(?:do|did|don't|didn't|if|as|would|let)\\s+)you know(?!\\s+(?:what|how|who|why|when|where|whether|if|that|about|him|her|them|it)\\b)"],
		['I mean', 'I mean(?!\\s+(?:to|that|it)\\b)'],
		['basically', 'basically'],
		['literally', 'literally'],
		['so', "(?<=(?:^|[.!?]|\\b(?:um+|uh+|er+|okay|ok|well|yeah|right),?)\\s*)so(?=[\\s,])"]
	] as [label: string, source: string][]
};

const FILLER_PATTERN = new RegExp(
	SPEECH_RULES.fillers
		.map(([, source]) => `(?<![\\p{L}\\p{N}'’-])(${source})(?![\\p{L}\\p{N}'’-])`)
		.join('|'),
	'giu'
);

export interface FillerCount {
	filler: string;
	count: number;
}

/** The filler words in `text`, most used first (ties in the rules' order). */
export function findFillers(text: string): FillerCount[] {
	const counts = new Map<string, number>();
	FILLER_PATTERN.lastIndex = 0;
	for (let m = FILLER_PATTERN.exec(text); m; m = FILLER_PATTERN.exec(text)) {
		const group = m.slice(1).findIndex((g) => g !== undefined);
		const label = SPEECH_RULES.fillers[group][0];
		counts.set(label, (counts.get(label) ?? 0) + 1);
	}
	return SPEECH_RULES.fillers
		.flatMap(([label]) => (counts.has(label) ? [{ filler: label, count: counts.get(label)! }] : []))
		.sort((a, b) => b.count - a.count);
}

/** Words per minute over `ms` of speaking; null when too short to tell. */
export function wordsPerMinute(words: number, ms: number): number | null {
	if (ms < SPEECH_RULES.minPaceMs || words === 0) return null;
	return Math.round((words / ms) * 60_000);
}

export interface Pause {
	/** Answer time when the silence began. */
	atMs: number;
	ms: number;
}

/** Silences of at least `minMs` before the first phrase and between phrases. */
export function longPauses(
	segments: readonly HeardSegment[],
	minMs = SPEECH_RULES.longPauseMs
): Pause[] {
	const pauses: Pause[] = [];
	let quietFrom = 0;
	for (const segment of segments) {
		const ms = segment.startMs - quietFrom;
		if (ms >= minMs) pauses.push({ atMs: quietFrom, ms });
		quietFrom = Math.max(quietFrom, segment.endMs);
	}
	return pauses;
}

/**
 * Where the Action starts: the first phrase in which the speaker says what they did ("I
 * decided", "so I set up", "what I did was", "my first step"). Past-tense "I" + verb, not "I was"
 * or "I had", which set the scene.
 */
export const ACTION_CUE =
	/\b(?:what I did|my first (?:step|move|thing)|first I|I started by|the first thing I did|I (?!was\b|were\b|had\b|felt\b|knew\b|thought\b|joined\b|inherited\b|noticed\b|realized\b|realised\b|saw\b|heard\b|learned\b|learnt\b|got\b|became\b|came\b|needed\b|wanted\b|worked\b|managed\b|led\b|ran\b|owned\b|found\b)(?:(?:then|also|quickly|immediately|first|just|personally) )?(?:[a-z]+ed|set up|sat down|met|went|took|wrote|made|brought|spoke|ran|built|pulled|called|began|kept|told|asked|gave|put|chose|drew|cut|sent|held|paired|split|rewrote)\b)/i;

/** The first segment's start time where the Action begins; null when no phrase sounds like it. */
export function actionStartMs(segments: readonly HeardSegment[]): number | null {
	return segments.find((s) => ACTION_CUE.test(s.text))?.startMs ?? null;
}

/** Everything measured about one spoken answer. */
export interface SpeechReport {
	words: number;
	/** Words per minute over the answer; null when too short to tell. */
	wordsPerMinute: number | null;
	pace: 'slow' | 'good' | 'fast' | null;
	fillers: FillerCount[];
	fillerCount: number;
	/** Null when too short to tell. */
	fillersPerMinute: number | null;
	pauses: Pause[];
	/** Answer time when the Action began; null when it could not be told. */
	actionStartMs: number | null;
	/** The Action came late: the set-up took over `maxSetupShare` of the answer. */
	lateAction: boolean;
}

/**
 * Reads a spoken answer: `text` as the user last edited it (words, fillers), `segments` as heard
 * (pauses, where the Action began), `answerMs` the time spoken.
 */
export function speechReport(
	text: string,
	segments: readonly HeardSegment[],
	answerMs: number
): SpeechReport {
	const words = countWords(text);
	const wpm = wordsPerMinute(words, answerMs);
	const fillers = findFillers(text);
	const fillerCount = fillers.reduce((n, f) => n + f.count, 0);
	const actionStart = actionStartMs(segments);
	return {
		words,
		wordsPerMinute: wpm,
		pace:
			wpm === null
				? null
				: wpm < SPEECH_RULES.pace.slow
					? 'slow'
					: wpm > SPEECH_RULES.pace.fast
						? 'fast'
						: 'good',
		fillers,
		fillerCount,
		fillersPerMinute:
			answerMs < SPEECH_RULES.minPaceMs
				? null
				: Math.round((fillerCount / answerMs) * 60_000 * 10) / 10,
		pauses: longPauses(segments),
		actionStartMs: actionStart,
		lateAction: actionStart !== null && actionStart > answerMs * SPEECH_RULES.maxSetupShare
	};
}

const PACE_WORDS = {
	slow: 'slower than a listener likes',
	good: 'a good pace',
	fast: 'fast: slow down'
} as const;

/** The pace in words: "45 words a minute (slower than a listener likes; aim for 120–160)". */
export function paceText(report: SpeechReport): string {
	if (report.wordsPerMinute === null || !report.pace) return 'too short to tell';
	const { slow, fast } = SPEECH_RULES.pace;
	return `${report.wordsPerMinute} words a minute (${PACE_WORDS[report.pace]}; aim for ${slow}–${fast})`;
}

/** The filler words in words: "“um” ×2, “like” ×1 (4 a minute)", or "none". */
export function fillersText(report: SpeechReport): string {
	if (report.fillerCount === 0) return 'none';
	const named = report.fillers.map((f) => `“${f.filler}” ×${f.count}`).join(', ');
	return report.fillersPerMinute === null
		? named
		: `${named} (${report.fillersPerMinute} a minute)`;
}
