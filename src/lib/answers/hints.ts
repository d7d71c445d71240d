import type { StarPart } from '$lib/db/types';

/** Hints under the STAR fields when a question has no written guidance (the user's own). */
export const GENERIC_HINTS: Record<StarPart, string> = {
	situation: 'Set the scene in two or three sentences: the team, the stakes, when.',
	task: 'What was yours to own or decide, and what made it hard?',
	action: 'What you did, step by step, in the first person: the decisions, the conversations.',
	result: 'How it ended, in numbers if you can, and what you learned or would do differently.'
};
