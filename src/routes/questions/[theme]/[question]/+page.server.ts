import { questionEntries } from '$lib/content/pages.server';

// Only the list of pages to prerender lives on the server; the data comes from +page.ts.
export const entries = questionEntries;
