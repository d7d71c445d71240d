import type { QuestionResult, RoundView } from './round-clock';

/** "2 minutes", "1 minute 30 seconds", "45 seconds": a duration as a screen reader should say it. */
export function spokenDuration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	if (!minutes) return unit(seconds, 'second');
	return seconds
		? `${unit(minutes, 'minute')} ${unit(seconds, 'second')}`
		: unit(minutes, 'minute');
}

/** Time left before the target at which the answer clock speaks up, when the target allows. */
const TIME_LEFT_MARKS_MS = [60_000, 30_000];

const running = (view: RoundView | null) => view?.phase === 'prep' || view?.phase === 'answer';

/**
 * What a screen reader should hear as the round moves from `before` to `after` (two readings of
 * the clock, `before` null at the first): a new question, prep giving way to the answer, time left
 * before the target, the target and the 3-minute mark, pause and resume. At most one message;
 * where several marks were crossed at once (a tab in the background) only the latest is said.
 */
export function roundSpeech(
	before: RoundView | null,
	after: RoundView,
	questionText: string
): string | undefined {
	if (!running(after)) return undefined;
	const answering = after.phase === 'answer';
	const left = after.targetMs - after.answerElapsedMs;
	const answerNow = `Answer now: aim for ${spokenDuration(after.targetMs)}.`;
	// A round resumed mid-answer says where the clock stands.
	const aim =
		after.answerElapsedMs === 0
			? answerNow
			: left > 0
				? `Answering: ${spokenDuration(left)} left before your target.`
				: `Answering: past your ${spokenDuration(after.targetMs)} target.`;

	if (!before || !running(before) || before.index !== after.index) {
		const question = `Question ${after.index + 1} of ${after.total}: ${questionText}`;
		return `${question} ${answering ? aim : `${spokenDuration(after.prepRemainingMs)} to prepare.`}`;
	}
	if (before.phase === 'prep' && answering) return answerNow;
	if (before.paused !== after.paused)
		return after.paused ? 'Clock stopped.' : 'Clock running again.';
	if (!answering || before.phase !== 'answer') return undefined;

	const crossed = (mark: number) => before.answerElapsedMs < mark && after.answerElapsedMs >= mark;
	if (crossed(after.overtimeMs)) return `${spokenDuration(after.overtimeMs)}: finish now.`;
	if (crossed(after.targetMs))
		return `Target reached: ${spokenDuration(after.targetMs)}. Start wrapping up.`;
	for (const mark of [...TIME_LEFT_MARKS_MS].sort((a, b) => a - b)) {
		const at = after.targetMs - mark;
		if (at > 0 && crossed(at)) return `${spokenDuration(mark)} left.`;
	}
	return undefined;
}

/** The end of the round, aloud. */
export function roundOverSpeech(results: readonly QuestionResult[]): string {
	const skipped = results.filter((r) => r.skipped).length;
	const answered = results.length - skipped;
	return `Round over: ${answered} answered${skipped ? `, ${skipped} skipped` : ''}.`;
}
