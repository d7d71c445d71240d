/** Probes any interviewer might throw in when the question has no follow-ups of its own. */
export const GENERIC_PROBES = [
	'What did you personally do?',
	'What was the result in numbers?',
	'What would you do differently?'
] as const;

/** An interruption planned for one answer: when it comes, and what is asked. */
export interface Interruption {
	/** Answer time (pauses excluded) at which the interviewer cuts in. */
	atMs: number;
	prompt: string;
}

/**
 * Plans the interruption drill for one answer: a moment between 40% and 80% of the target time
 * (early enough to break the flow, late enough that there is a flow to break), asking one of
 * the question's follow-ups or, when it has none, a generic probe.
 */
export function planInterruption(
	targetMs: number,
	followUps: readonly string[],
	random: () => number = Math.random
): Interruption {
	const atMs = Math.round(targetMs * (0.4 + 0.4 * random()));
	const pool = followUps.length ? followUps : GENERIC_PROBES;
	return { atMs, prompt: pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))] };
}

/** Whether the planned interruption should be showing at this answer time. */
export function interruptionShowing(plan: Interruption | undefined, answerElapsedMs: number) {
	return plan !== undefined && answerElapsedMs >= plan.atMs;
}
