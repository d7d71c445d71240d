/** How an interview is named to the user: its stage, its interviewer, its day. Pure. */

export const STAGES = [
	{ id: 'recruiter', label: 'Recruiter' },
	{ id: 'hiring-manager', label: 'Hiring manager' },
	{ id: 'technical', label: 'Technical' },
	{ id: 'panel', label: 'Panel' },
	{ id: 'executive', label: 'Executive' },
	{ id: 'other', label: 'Other' }
] as const;

/** The words for a stage id; text from elsewhere (an older backup) is shown as it is. */
export function stageLabel(stage: string): string {
	return STAGES.find((s) => s.id === stage)?.label ?? stage;
}

/** A calendar day `2025-03-04` as "4 Mar 2025" in the user's locale; '' when there is none. */
export function formatDay(date: string, locale?: string): string {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
	if (!day) return '';
	// The day as written, whatever the time zone: read and printed in UTC.
	return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, {
		dateStyle: 'medium',
		timeZone: 'UTC'
	});
}

export interface InterviewNameParts {
	interviewer: string;
	stage: string;
	date: string;
}

/**
 * "Dana Lee (hiring manager, 4 Mar 2025)"; without a name, "the panel interview on 4 Mar 2025";
 * with nothing known, "an unnamed interview".
 */
export function interviewName(i: InterviewNameParts, locale?: string): string {
	const who = i.interviewer.trim();
	const stage = i.stage && stageLabel(i.stage).toLowerCase();
	const day = formatDay(i.date, locale);
	if (who) {
		const details = [stage, day].filter(Boolean);
		return details.length ? `${who} (${details.join(', ')})` : who;
	}
	if (!stage && !day) return 'an unnamed interview';
	return `${stage ? `the ${stage} interview` : 'an interview'}${day ? ` on ${day}` : ''}`;
}

/** Today (or `now`) as the local day `2025-03-04`, the value of an `<input type="date">`. */
export function localDay(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
