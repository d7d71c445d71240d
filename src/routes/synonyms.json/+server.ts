import { json } from '@sveltejs/kit';
import { synonyms } from '$lib/content/synonyms.server';

// The search synonym groups, validated at build time; fetched with /bank.json when search starts.
export const prerender = true;
export const GET = () => json(synonyms);
