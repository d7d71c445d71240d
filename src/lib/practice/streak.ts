const DAY = 24 * 60 * 60 * 1000;

/** Local calendar day of a timestamp, as a comparable number. */
function dayNumber(ms: number): number {
	const d = new Date(ms);
	return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
}

/** Practice attempts in the last 7 days, today included. */
export function attemptsThisWeek(startedAt: readonly string[], now: number): number {
	const today = dayNumber(now);
	return startedAt.filter((iso) => {
		const day = dayNumber(Date.parse(iso));
		return day <= today && day > today - 7;
	}).length;
}

/**
 * Consecutive days with practice ending today, or ending yesterday when nothing has been done
 * yet today (the streak is still alive until midnight).
 */
export function streakDays(startedAt: readonly string[], now: number): number {
	const days = new Set(startedAt.map((iso) => dayNumber(Date.parse(iso))));
	let day = dayNumber(now);
	if (!days.has(day)) day--;
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day--;
	}
	return streak;
}
