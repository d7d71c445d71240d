/**
 * The answer coach on a spoken answer. A transcript has no STAR fields, so it is split where the
 * speaker's words mark a turn (the Task, the Action, the Result), then the coach's own checks run
 * on the parts. Checks that need what speech lacks are left to the speech report: the length is
 * measured, not estimated; sentence length needs punctuation a recognizer does not write; and the
 * balance is told better by when the Action started.
 */
import type { StarPart } from '$lib/db/types';
import {
	coachAnswer,
	type CoachCheck,
	type CoachCheckId,
	type CoachOptions
} from '$lib/coach/rules';
import { ACTION_CUE } from './delivery';

const TASK_CUE =
	/\b(?:my (?:task|job|goal|role) was|I (?:needed|had|was asked|was expected) to|I was (?:responsible|tasked)|the (?:goal|challenge|ask) was)\b/i;
const RESULT_CUE =
	/\b(?:as a result|in the end|the (?:result|outcome) was|ultimately|by the end|that led to|which meant|eventually|afterwards|since then|looking back)\b/i;

/** Share of the words taken as the Result when no phrase marks where it begins. */
const TAIL_AS_RESULT = 0.2;

const SPOKEN_CHECKS = new Set<CoachCheckId>([
	'real-story',
	'accountability',
	'outcome',
	'ownership',
	'relevance',
	'reflection',
	'hedging',
	'jargon'
]);

function searchFrom(text: string, pattern: RegExp, from: number): number {
	const at = text.slice(from).search(pattern);
	return at < 0 ? -1 : from + at;
}

/** Splits a transcript into STAR parts at the phrases that mark each turn. */
export function spokenParts(text: string): Record<StarPart, string> {
	const action = text.search(ACTION_CUE);
	const task = text.search(TASK_CUE);
	const start = Math.max(0, action);
	let result = searchFrom(text, RESULT_CUE, start + 1);
	if (result < 0) {
		// No phrase opens the Result: the last fifth of what was said stands for it.
		const words = [...text.matchAll(/\S+/g)];
		const tail = words[Math.floor(words.length * (1 - TAIL_AS_RESULT))];
		result = tail && tail.index > start ? tail.index : text.length;
	}
	const actionAt = action < 0 ? 0 : action;
	const taskAt = task >= 0 && task < actionAt ? task : actionAt;
	return {
		situation: text.slice(0, taskAt).trim(),
		task: text.slice(taskAt, actionAt).trim(),
		action: text.slice(actionAt, result).trim(),
		result: text.slice(result).trim()
	};
}

/** The coach's findings on what was said: flagged checks only, must-fix first. */
export function coachSpoken(text: string, options: CoachOptions = {}): CoachCheck[] {
	return coachAnswer(spokenParts(text), options).checks.filter(
		(c) => c.status === 'flag' && SPOKEN_CHECKS.has(c.id)
	);
}
