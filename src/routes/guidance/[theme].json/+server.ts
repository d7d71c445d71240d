import { json } from '@sveltejs/kit';
import { themeEntries, themeGuidance } from '$lib/content/pages.server';

// One file per theme, precached: every question page of the theme reads its guidance from here.
export const prerender = true;
export const entries = themeEntries;
export const GET = ({ params }) => json(themeGuidance(params.theme));
