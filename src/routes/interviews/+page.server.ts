import { jobKeywords, themeIndex } from '$lib/content/pages.server';

export const load = () => ({ themes: themeIndex(), keywords: jobKeywords() });
