import { loadGuideCompanies, loadThemeIndex } from '$lib/questions/bank-client';

// Interviews live only on the device, so this page renders in the browser (200.html fallback).
export const prerender = false;
export const ssr = false;

export const load = async ({ fetch, params }) => {
	const [themes, companies] = await Promise.all([loadThemeIndex(fetch), loadGuideCompanies(fetch)]);
	return { id: params.id, themes, companies };
};
