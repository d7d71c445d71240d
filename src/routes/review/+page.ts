import { loadThemeIndex } from '$lib/content/theme-index';

// Rendered in the browser from the shared /themes.json (see loadThemeIndex).
export const ssr = false;
export const load = async ({ fetch }) => ({ themes: await loadThemeIndex(fetch) });
