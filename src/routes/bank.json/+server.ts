import { json } from '@sveltejs/kit';
import { bank } from '$lib/content/bank.server';

// The whole question bank for in-browser search; fetched when search is first used, then cached.
export const prerender = true;
export const GET = () => json(bank.themes);
