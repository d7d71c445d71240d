const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 10 min", "in 3 h", "in 4 days": how long until a card comes back, for grade buttons. */
export function formatInterval(fromMs: number, toMs: number): string {
	const ms = Math.max(0, toMs - fromMs);
	if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
	if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
	const days = Math.round(ms / DAY);
	return days === 1 ? '1 day' : `${days} days`;
}

/** "today", "tomorrow" or a short date, for "next review". */
export function formatDueDay(dueMs: number, nowMs: number): string {
	const day = (t: number) => new Date(t).toDateString();
	if (day(dueMs) === day(nowMs)) return 'today';
	if (day(dueMs) === day(nowMs + DAY)) return 'tomorrow';
	return new Date(dueMs).toLocaleDateString(undefined, {
		weekday: 'short',
		day: 'numeric',
		month: 'short'
	});
}
