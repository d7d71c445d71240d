import { companySummaries, ignoredJobPhrases, jobKeywords } from '$lib/content/pages.server';

export const load = () => ({
	keywords: jobKeywords(),
	ignoredPhrases: ignoredJobPhrases(),
	companies: companySummaries()
});
