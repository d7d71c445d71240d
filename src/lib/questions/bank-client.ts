import { resolve } from '$app/paths';
import type { Question, Theme } from '$lib/content/types';
import type { ThemeGuidance, ThemeIndexEntry } from '$lib/content/views';

// The one way the browser reads the prerendered bank: each file is fetched once per page load
// (the service worker keeps it offline), through $app/paths so a base path works. The files are
// fixed at build time, so keeping them for the life of the page is safe.
const cache = new Map<string, Promise<unknown>>();

function getJson<T>(url: string, fetchFn: typeof fetch): Promise<T> {
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

/** Every theme with its questions' ids, texts and tags: small, and precached for offline use. */
export function loadThemeIndex(fetchFn: typeof fetch = fetch): Promise<ThemeIndexEntry[]> {
	return getJson(resolve('/themes.json'), fetchFn);
}

/** The companies with loop guides (id, name, the other names they go by). */
export function loadGuideCompanies(
	fetchFn: typeof fetch = fetch
): Promise<{ id: string; name: string; also: string[] }[]> {
	return getJson(resolve('/companies.json'), fetchFn);
}

/** One theme's questions with their guidance, rendered and sanitised at build time. */
export function loadThemeGuidance(
	themeId: string,
	fetchFn: typeof fetch = fetch
): Promise<ThemeGuidance> {
	return getJson(resolve('/guidance/[theme].json', { theme: themeId }), fetchFn);
}

/** A theme of the bank as the browser has it: no introduction, guidance as plain text. */
export type ClientTheme = Omit<Theme, 'summary' | 'intro'>;

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'"
};

/** Inline HTML rendered at build time (strong, em, code) back to the words a reader sees. */
export function htmlText(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);
}

/** One theme's guidance file as bank questions with plain-text guidance. */
export function themeFromGuidance(g: ThemeGuidance): ClientTheme {
	return {
		...g.theme,
		questions: g.questions.map((q): Question => ({
			id: q.id,
			themeId: q.themeId,
			text: q.text,
			kind: q.kind,
			probes: htmlText(q.probesHtml),
			strongSignals: q.strongSignalsHtml.map(htmlText),
			redFlags: q.redFlagsHtml.map(htmlText),
			followUps: q.followUpsHtml.map(htmlText),
			levels: q.levels,
			companies: q.companies.map((tag) => {
				const [company, value] = tag.split('/');
				return value ? { company, value } : { company };
			}),
			aliases: q.aliases
		}))
	};
}

/**
 * The whole bank with its guidance as plain text, read from the per-theme files the question
 * pages use, so the offline install holds one copy of it. Search, the practice drill and the
 * answer book share it.
 */
export async function loadBank(fetchFn: typeof fetch = fetch): Promise<ClientTheme[]> {
	const index = await loadThemeIndex(fetchFn);
	return Promise.all(
		index.map(async (t) => themeFromGuidance(await loadThemeGuidance(t.id, fetchFn)))
	);
}

/** Every bank question's follow-ups as plain text. */
export async function loadFollowUps(fetchFn: typeof fetch = fetch): Promise<Map<string, string[]>> {
	const themes = await loadBank(fetchFn);
	return new Map(themes.flatMap((t) => t.questions.map((q) => [q.id, q.followUps])));
}

/** Forgets what was fetched (tests). */
export function clearBankCache() {
	cache.clear();
}
