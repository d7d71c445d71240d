import { loadThemeIndex } from '$lib/questions/bank-client';

// Rendered in the browser from the shared /themes.json (see $lib/questions/bank-client).
export const ssr = false;
export const load = async ({ data, fetch }) => ({ ...data, themes: await loadThemeIndex(fetch) });
