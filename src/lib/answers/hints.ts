import type { StarPart } from '$lib/db/types';

/** Hints under the STAR fields when a question has no written guidance (the user's own). */
export const GENERIC_HINTS: Record<StarPart, string> = {
	situation: 'Set the scene in two or three sentences: the team, the stakes, when.',
	task: 'What was yours to own or decide, and what made it hard?',
	action: 'What you did, step by step, in the first person: the decisions, the conversations.',
	result: 'How it ended, in numbers if you can, and what you learned or would do differently.'
};

/**
 * The hint under one STAR field. For Action, a question's first strong-answer signal (plain
 * text) makes the hint specific to it.
 */
export function starHint(part: StarPart, strongSignal?: string): string {
	if (part !== 'action' || !strongSignal) return GENERIC_HINTS[part];
	const signal = strongSignal.replace(/^\w/, (c) => c.toLowerCase()).replace(/\.?$/, '.');
	return `What you did, step by step, in the first person. A strong answer: ${signal}`;
}
