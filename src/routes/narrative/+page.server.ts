import { narrativePage } from '$lib/content/pages.server';

export const load = () => narrativePage();
