import { readinessPage } from '$lib/content/pages.server';

export const load = () => readinessPage();
