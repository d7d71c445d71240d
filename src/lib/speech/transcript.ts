/**
 * Assembling a transcript from a speech recognizer's result events, as plain data. A recognizer
 * in continuous mode keeps one growing list of results per session: `resultIndex` is the first
 * that changed, interim results are replaced until they turn final, and a new session (after a
 * pause, or when the browser ends one on silence) starts the list again.
 */

import type { HeardPhrase } from '$lib/db/types';

/**
 * One phrase heard for good, timed in answer time: `startMs` when the recognizer first reported
 * its words, `endMs` when it turned final.
 */
export type HeardSegment = HeardPhrase;

/** A result event in plain data: what the adapter passes on from `SpeechRecognitionEvent`. */
export interface ResultsUpdate {
	resultIndex: number;
	results: readonly { transcript: string; isFinal: boolean }[];
}

export interface TranscriptState {
	/** Final phrases, in the order they were heard. */
	segments: HeardSegment[];
	/** Words heard but not settled yet (shown greyed while speaking). */
	interim: string;
	/** The current recognition session: when each result was first heard, and which are final. */
	firstHeardMs: number[];
	finalized: boolean[];
}

export const emptyTranscript = (): TranscriptState => ({
	segments: [],
	interim: '',
	firstHeardMs: [],
	finalized: []
});

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Applies one result event heard at `atMs` (answer time). Pure: returns a new state. */
export function applyResults(
	state: TranscriptState,
	update: ResultsUpdate,
	atMs: number
): TranscriptState {
	const firstHeardMs = [...state.firstHeardMs];
	const finalized = [...state.finalized];
	const segments = [...state.segments];
	const from = Math.max(0, update.resultIndex);
	for (let i = from; i < update.results.length; i++) {
		const { transcript, isFinal } = update.results[i];
		firstHeardMs[i] ??= atMs;
		if (isFinal && !finalized[i]) {
			finalized[i] = true;
			const text = clean(transcript);
			if (text) segments.push({ text, startMs: Math.min(firstHeardMs[i], atMs), endMs: atMs });
		}
	}
	const interim = clean(
		update.results
			.filter((r, i) => !r.isFinal && !finalized[i])
			.map((r) => r.transcript)
			.join(' ')
	);
	return { segments, interim, firstHeardMs, finalized };
}

/**
 * A new recognition session begins (the recognizer restarted): its results count from 0 again.
 * Words still interim when the last session ended are kept as heard, since they will never be
 * finalised now.
 */
export function newSession(state: TranscriptState, atMs: number): TranscriptState {
	const segments = [...state.segments];
	const interim = clean(state.interim);
	if (interim) {
		const first = state.firstHeardMs.filter((_, i) => !state.finalized[i]);
		segments.push({ text: interim, startMs: Math.min(atMs, ...first), endMs: atMs });
	}
	return { segments, interim: '', firstHeardMs: [], finalized: [] };
}

/** The transcript as one text: the phrases in order, separated by single spaces. */
export function transcriptText(segments: readonly HeardSegment[]): string {
	return segments.map((s) => s.text).join(' ');
}
