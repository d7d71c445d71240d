/**
 * Which stories were told to whom within one company's loop of interviews. Pure: callers pass the
 * interviews (from the database, with any unsaved edits of an open editor laid over them).
 */

/** The parts of an interview this module reads. */
export interface LoopInterview {
	id: string;
	company: string;
	interviewer: string;
	stage: string;
	date: string;
	storyIds: string[];
}

/** "Acme Corp", " acme  corp " and "AcmeCorp" are one company; '' is no company yet. */
export function companyKey(company: string): string {
	return company.toLowerCase().replace(/\s+/g, '');
}

/** The interviews of one company's loop, in the order given. No company means no loop. */
export function companyLoop<I extends LoopInterview>(
	interviews: readonly I[],
	company: string
): I[] {
	const key = companyKey(company);
	if (!key) return [];
	return interviews.filter((i) => companyKey(i.company) === key);
}

/** A story told in another interview of the same loop. */
export interface ReuseWarning<I extends LoopInterview = LoopInterview> {
	storyId: string;
	/** The other interviews of the loop where it was told, in the order given. */
	toldIn: I[];
}

/**
 * For each story of interview `interviewId`, the other interviews at the same company where it
 * was also told. Stories told nowhere else are left out; so is everything when the interview has
 * no company or is not in the list.
 */
export function reuseWarnings<I extends LoopInterview>(
	interviews: readonly I[],
	interviewId: string
): ReuseWarning<I>[] {
	const interview = interviews.find((i) => i.id === interviewId);
	if (!interview) return [];
	const others = companyLoop(interviews, interview.company).filter((i) => i.id !== interviewId);
	const warnings: ReuseWarning<I>[] = [];
	for (const storyId of new Set(interview.storyIds)) {
		const toldIn = others.filter((i) => i.storyIds.includes(storyId));
		if (toldIn.length) warnings.push({ storyId, toldIn });
	}
	return warnings;
}

/** Stories not told in any interview at `company` yet, in the order given. */
export function freshStories<S extends { id: string }>(
	allStories: readonly S[],
	interviews: readonly LoopInterview[],
	company: string
): S[] {
	const told = new Set(companyLoop(interviews, company).flatMap((i) => i.storyIds));
	return allStories.filter((s) => !told.has(s.id));
}

/** One company's loop for a list: its name and its interviews. */
export interface CompanyGroup<I extends LoopInterview> {
	/** The company's usual spelling in the group (see `groupByCompany`); '' for no company. */
	company: string;
	interviews: I[];
}

const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, '').length;

/** The spelling used most; on a tie the more capitalised one ("Acme Corp" over "acme corp"). */
function usualSpelling(names: string[]): string {
	const counts = new Map<string, number>();
	for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
	let best = '';
	let bestCount = 0;
	for (const [name, n] of counts)
		if (n > bestCount || (n === bestCount && capitals(name) > capitals(best))) {
			best = name;
			bestCount = n;
		}
	return best;
}

/**
 * Groups interviews by company (case- and space-insensitive), keeping the given order inside
 * each group and ordering groups by their first interview. Each group is named by its usual
 * spelling. Interviews without a company form a last group of their own.
 */
export function groupByCompany<I extends LoopInterview>(
	interviews: readonly I[]
): CompanyGroup<I>[] {
	const groups = new Map<string, I[]>();
	for (const interview of interviews) {
		const key = companyKey(interview.company);
		const group = groups.get(key);
		if (group) group.push(interview);
		else groups.set(key, [interview]);
	}
	const named = [...groups]
		.filter(([key]) => key)
		.map(([, list]) => ({
			company: usualSpelling(list.map((i) => i.company.trim().replace(/\s+/g, ' '))),
			interviews: list
		}));
	const unnamed = groups.get('');
	return unnamed ? [...named, { company: '', interviews: unnamed }] : named;
}
