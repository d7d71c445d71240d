import { isLevel } from './levels';
import type { Level } from './types';

/** What the question filters ask for; an empty field means "any". */
export interface TagFilter {
	company?: string;
	/** A value of `company` (an Amazon principle…); ignored without a company. */
	value?: string;
	level?: Level;
}

interface Tagged {
	levels: readonly string[];
	/** `amazon/ownership` or `startup`. */
	companies: readonly string[];
}

/** Whether any filter is set. */
export const isFiltering = (f: TagFilter) => Boolean(f.company || f.level);

/** Whether a question matches the filter. */
export function matchesTags(q: Tagged, f: TagFilter): boolean {
	if (f.level && !q.levels.includes(f.level)) return false;
	if (!f.company) return true;
	const wanted = f.value ? `${f.company}/${f.value}` : undefined;
	return q.companies.some((tag) =>
		wanted ? tag === wanted : tag === f.company || tag.startsWith(`${f.company}/`)
	);
}

/**
 * The filter read from a URL's query (`?company=amazon&value=ownership&level=em`), keeping only
 * what names a known company, value and level, so a stale or mistyped link shows everything
 * rather than nothing.
 */
export function filterFromParams(
	params: URLSearchParams,
	companies: readonly { id: string; values: readonly { id: string }[] }[]
): TagFilter {
	const company = companies.find((c) => c.id === params.get('company'));
	const value = company?.values.find((v) => v.id === params.get('value'));
	const level = params.get('level') ?? '';
	return {
		...(company ? { company: company.id } : {}),
		...(value ? { value: value.id } : {}),
		...(isLevel(level) ? { level } : {})
	};
}

/** The query string for a filter, '' for none: the inverse of `filterFromParams`. */
export function filterQuery(f: TagFilter): string {
	const params = new URLSearchParams();
	if (f.company) params.set('company', f.company);
	if (f.company && f.value) params.set('value', f.value);
	if (f.level) params.set('level', f.level);
	const query = params.toString();
	return query ? `?${query}` : '';
}
