import { loadThemeIndex } from '$lib/questions/bank-client';

// The user's own questions live only on the device: rendered in the browser (200.html fallback).
export const prerender = false;
export const ssr = false;

export const load = async ({ fetch, params }) => ({
	id: params.id,
	themes: await loadThemeIndex(fetch)
});
