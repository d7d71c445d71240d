import { companySummaries, rubricCriteria } from '$lib/content/pages.server';

export const load = () => ({ rubric: rubricCriteria(), companies: companySummaries() });
