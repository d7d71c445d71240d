import { json } from '@sveltejs/kit';
import { themeIndex } from '$lib/content/pages.server';

// Built once: pages rendered in the browser (a story) read the themes from here, offline too.
export const prerender = true;
export const GET = () => json(themeIndex());
