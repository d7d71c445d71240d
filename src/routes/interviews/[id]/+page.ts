import { newInterviewStart } from '$lib/interviews/new-interview';
import { localDay } from '$lib/interviews/interview-label';
import { loadGuideCompanies, loadThemeIndex } from '$lib/questions/bank-client';

// Interviews live only on the device, so this page renders in the browser (200.html fallback).
export const prerender = false;
export const ssr = false;

export const load = async ({ fetch, params, url }) => {
	const [themes, companies] = await Promise.all([loadThemeIndex(fetch), loadGuideCompanies(fetch)]);
	// "Add interview" comes here with `?new`: the interview is stored on its first edit.
	return {
		id: params.id,
		start: newInterviewStart(url.searchParams, localDay()),
		themes,
		companies
	};
};
