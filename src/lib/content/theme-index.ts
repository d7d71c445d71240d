import type { ThemeIndexEntry } from './views';

/**
 * The theme index (themes with their questions' ids and texts), read from the one prerendered
 * /themes.json that the service worker keeps. Pages that render in the browser use it instead
 * of each carrying their own copy, which kept the offline install over its size budget.
 */
export async function loadThemeIndex(fetch: typeof globalThis.fetch): Promise<ThemeIndexEntry[]> {
	const response = await fetch('/themes.json');
	if (!response.ok) throw new Error(`The question bank could not be loaded (${response.status}).`);
	return response.json();
}
