import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { questionFromGuidance } from '$lib/content/question-page';
import type { ThemeGuidance } from '$lib/content/views';

// The theme's guidance file is shared by all its question pages and precached once.
export const load = async ({ params, fetch }) => {
	const response = await fetch(resolve('/guidance/[theme].json', { theme: params.theme }));
	if (!response.ok) error(404, `There is no theme called “${params.theme}”.`);
	const guidance = (await response.json()) as ThemeGuidance;
	const page = questionFromGuidance(guidance, params.question);
	if (!page) error(404, `There is no question “${params.question}” in ${guidance.theme.title}.`);
	if ('redirect' in page)
		redirect(
			308,
			resolve('/questions/[theme]/[question]', {
				theme: page.redirect.themeId,
				question: page.redirect.id
			})
		);
	return page;
};
