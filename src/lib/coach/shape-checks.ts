/** Checks on the answer's proportions and spoken length. */
import { formatDuration, type StarStats } from '$lib/answers/star-stats';
import type { CoachFinding, CoachRules } from './rules';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Shape: the Task is reported on its own (it carries the stakes); a set-up well past a third of
 * the answer, or an Action thin in absolute words, is flagged. Judged once there is a draft.
 */
export function checkShape(stats: StarStats, rules: CoachRules['shape']): CoachFinding {
	if (stats.total < rules.minWords || stats.words.action === 0)
		return {
			status: 'empty',
			detail: `Balance is judged from ${rules.minWords} words with an Action; ${stats.total} so far.`,
			triggers: []
		};
	const { share, words } = stats;
	const setup = share.situation + share.task;
	const shares = `Situation ${percent(share.situation)}, Task ${percent(share.task)}, Action ${percent(share.action)}, Result ${percent(share.result)} of ${stats.total} words`;
	const thin = stats.total >= rules.thinActionFrom && words.action < rules.minActionWords;
	if (thin)
		return {
			status: 'flag',
			severity: 'must-fix',
			title: 'Thin Action',
			detail: `Action has only ${words.action} words (${shares}): tell what you did, step by step.`,
			triggers: []
		};
	if (setup > rules.maxSetupShare)
		return {
			status: 'flag',
			severity: setup > rules.farSetupShare ? 'must-fix' : 'polish',
			detail: `${shares}: cut the set-up to about ${percent(rules.aimSetupShare)} and give Action the room.`,
			triggers: []
		};
	return { status: 'pass', detail: shares, triggers: [] };
}

/** Length: estimated speaking time against the target; far off either way is must-fix. */
export function checkLength(
	stats: StarStats,
	wordsPerMinute: number,
	targetSeconds: number,
	rules: CoachRules['length']
): CoachFinding {
	const over = targetSeconds * rules.overRatio;
	const under = targetSeconds * rules.underRatio;
	const spoken = `About ${formatDuration(stats.seconds)} spoken at ${Math.round(wordsPerMinute)} wpm`;
	const target = `target ${formatDuration(targetSeconds)}`;
	if (stats.seconds > over)
		return {
			status: 'flag',
			severity: 'must-fix',
			title: 'Far too long',
			detail: `${spoken}: over ${formatDuration(over)} (${target}). Cut the set-up and keep the steps that mattered.`,
			triggers: []
		};
	// A draft still missing its Action or Result is not judged short yet.
	if (stats.words.action === 0 || stats.words.result === 0)
		return { status: 'empty', detail: `${spoken} so far (${target})`, triggers: [] };
	if (stats.seconds < under)
		return {
			status: 'flag',
			severity: 'must-fix',
			title: 'Far too short',
			detail: `${spoken}: under ${formatDuration(under)} (${target}). Say what you did, step by step, and what changed.`,
			triggers: []
		};
	return { status: 'pass', detail: `${spoken} (${target})`, triggers: [] };
}
