import { json } from '@sveltejs/kit';
import { companySummaries } from '$lib/content/pages.server';

// Built once: the interview editor (rendered in the browser) links a company to its loop guide.
export const prerender = true;
export const GET = () => json(companySummaries().map(({ id, name, also }) => ({ id, name, also })));
