import { questionEntries, questionPage } from '$lib/content/pages.server';

export const entries = questionEntries;
export const load = ({ params }) => questionPage(params.theme, params.question);
