import { jobKeywords } from '$lib/content/pages.server';

export const load = () => ({ keywords: jobKeywords() });
