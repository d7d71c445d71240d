/**
 * How wide a page's content runs on a large screen, by the kind of page: browsing pages (home,
 * questions, stories, search, readiness) and editors with guidance beside them (a question, the
 * narrative) use the whole grid; pages that are one column of forms and text (practice, review,
 * settings, interviews) sit in a centred reading column instead of hugging the left edge with
 * the rest of the screen empty.
 */
export type PageWidth = 'wide' | 'reading';

const READING = ['/practice', '/review', '/settings', '/interviews'];

/** The width for a route id as SvelteKit names it (`/interviews/[id]`), or null off the routes. */
export function pageWidth(routeId: string | null): PageWidth {
	return routeId !== null && READING.includes(routeId) ? 'reading' : 'wide';
}
