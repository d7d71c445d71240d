import { loadThemeIndex } from '$lib/questions/bank-client';

// Stories live only on the device, so this page renders in the browser (200.html fallback).
export const prerender = false;
export const ssr = false;

export const load = async ({ fetch, params, url }) => ({
	id: params.id,
	// "New story" comes here with `?new`: the story is stored on its first edit.
	fresh: url.searchParams.has('new'),
	themes: await loadThemeIndex(fetch)
});
