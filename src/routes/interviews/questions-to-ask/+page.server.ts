import { companySummaries, questionsToAskPage } from '$lib/content/pages.server';

export const load = () => ({ ...questionsToAskPage(), companies: companySummaries() });
