import { openEarly } from '$lib/db/open';
import { loadThemeIndex } from '$lib/questions/bank-client';

// Rendered in the browser from the shared /themes.json (see $lib/questions/bank-client).
export const ssr = false;
export const load = async ({ fetch }) => {
	openEarly(); // the list's first read does not wait for the theme index
	return { themes: await loadThemeIndex(fetch) };
};
