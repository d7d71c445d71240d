import { companySummaries, themeSummaries } from '$lib/content/pages.server';

export const load = () => ({ themes: themeSummaries(), companies: companySummaries() });
