/**
 * Safari's week: Safari may delete what a website stores once the site has gone about seven days
 * without a visit, unless it was added to the Home Screen (or, on a Mac, the Dock). Pure: the
 * shell passes in what the browser says.
 */

/** Days a dismissed notice stays away: the same rhythm as the backup reminder (data-safety.ts). */
export const SAFARI_WEEK_QUIET_DAYS = 14;

/** The setting that remembers when the notice was last dismissed (ISO date). */
export const SAFARI_WEEK_KEY = 'safariWeekDismissedAt';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which Safari this is, from its user agent: 'ios' (iPhone, iPad, iPod; an iPad asking for the
 * desktop site says "Macintosh" but has a touch screen), 'mac', or undefined for anything else,
 * including Chrome, Firefox, Edge and Opera on iOS (they name themselves) and in-app browsers
 * (they leave out Safari's "Version/").
 */
export function safariPlatform(userAgent: string, maxTouchPoints = 0): 'ios' | 'mac' | undefined {
	const safari = /AppleWebKit\//.test(userAgent) && /Version\/[\d.]+.*Safari\//.test(userAgent);
	if (
		!safari ||
		/CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|Chrome|Chromium|Edg\/|Firefox|Android/.test(userAgent)
	)
		return undefined;
	if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
	if (/Macintosh/.test(userAgent)) return maxTouchPoints > 1 ? 'ios' : 'mac';
	return undefined;
}

/**
 * Whether to show the notice: Safari, in a tab rather than from the Home Screen, with something
 * of the user's to lose, and not dismissed in the last SAFARI_WEEK_QUIET_DAYS days (it comes
 * back after that while the app still runs in a Safari tab: the risk has not gone away).
 */
export function showSafariWeek({
	platform,
	standalone,
	hasWork,
	dismissedAt,
	now
}: {
	platform: 'ios' | 'mac' | undefined;
	standalone: boolean;
	hasWork: boolean;
	dismissedAt: string | undefined;
	now: Date;
}): boolean {
	if (!platform || standalone || !hasWork) return false;
	const dismissed = dismissedAt === undefined ? NaN : Date.parse(dismissedAt);
	return Number.isNaN(dismissed) || now.getTime() - dismissed >= SAFARI_WEEK_QUIET_DAYS * DAY_MS;
}
