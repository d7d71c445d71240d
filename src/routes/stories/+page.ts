import { loadThemeIndex } from '$lib/questions/bank-client';

// Rendered in the browser from the shared /themes.json (see $lib/questions/bank-client).
export const ssr = false;
export const load = async ({ fetch }) => ({ themes: await loadThemeIndex(fetch) });
