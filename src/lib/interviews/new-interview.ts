/**
 * A new interview is not stored until its first edit (see `interviewEditor`): until then it
 * lives in its page's address, `?new` with the fields it starts from, so a reload keeps it. Pure.
 */
import type { InterviewFields } from '$lib/db/interviews';

/** The fields "Add a round at …" carries over from the loop. */
export type CarriedFields = Partial<Pick<InterviewFields, 'company' | 'role'>>;

const CARRIED = ['company', 'role'] as const;

/** The query of a new interview's page: `?new`, then the fields it starts with. */
export function newInterviewQuery(fields: CarriedFields = {}): string {
	const params = new URLSearchParams({ new: '' });
	for (const name of CARRIED) if (fields[name]) params.set(name, fields[name]);
	return `?${params}`.replace('new=', 'new');
}

/** The fields a new interview starts with, from its page's query; undefined for a stored one. */
export function newInterviewStart(
	params: URLSearchParams,
	today: string
): Partial<InterviewFields> | undefined {
	if (!params.has('new')) return undefined;
	const start: Partial<InterviewFields> = { date: today };
	for (const name of CARRIED) {
		const value = params.get(name);
		if (value) start[name] = value;
	}
	return start;
}
