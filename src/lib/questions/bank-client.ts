import { resolve } from '$app/paths';
import type { Theme } from '$lib/content/types';
import type { ThemeIndexEntry } from '$lib/content/views';
import { loadMarkdown } from '$lib/markdown/client';

// The one way the browser reads the prerendered bank: each file is fetched once per page load
// (the service worker keeps it offline), through $app/paths so a base path works. The files are
// fixed at build time, so keeping them for the life of the page is safe.
const cache = new Map<string, Promise<unknown>>();

function getJson<T>(path: '/bank.json' | '/themes.json', fetchFn: typeof fetch): Promise<T> {
	const url = resolve(path);
	const cached = cache.get(url);
	if (cached) return cached as Promise<T>;
	const loading = fetchFn(url).then(async (response) => {
		if (!response.ok)
			throw new Error(`The question bank could not be loaded (HTTP ${response.status}).`);
		return (await response.json()) as T;
	});
	cache.set(url, loading);
	// A failed load is not kept, so the next attempt (back online) tries again.
	loading.catch(() => cache.delete(url));
	return loading;
}

/** Every theme with its questions' ids and texts: small, and precached for offline use. */
export function loadThemeIndex(fetchFn: typeof fetch = fetch): Promise<ThemeIndexEntry[]> {
	return getJson('/themes.json', fetchFn);
}

/** The whole bank with its guidance in markdown; fetched when first needed. */
export function loadBank(fetchFn: typeof fetch = fetch): Promise<Theme[]> {
	return getJson('/bank.json', fetchFn);
}

/** Every bank question's follow-ups as plain text (marked, then DOMPurify, then the text). */
export async function loadFollowUps(fetchFn: typeof fetch = fetch): Promise<Map<string, string[]>> {
	const [themes, markdown] = await Promise.all([loadBank(fetchFn), loadMarkdown()]);
	const text = (md: string) =>
		new DOMParser().parseFromString(markdown.inline(md), 'text/html').body.textContent ?? '';
	return new Map(themes.flatMap((t) => t.questions.map((q) => [q.id, q.followUps.map(text)])));
}

/** Forgets what was fetched (tests). */
export function clearBankCache() {
	cache.clear();
}
