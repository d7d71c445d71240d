import { themeEntries, themePage } from '$lib/content/pages.server';

export const entries = themeEntries;
export const load = ({ params }) => themePage(params.theme);
