import { questionFollowUps, rubricCriteria, themeIndex } from '$lib/content/pages.server';

export const load = () => ({
	themes: themeIndex(),
	rubric: rubricCriteria(),
	followUps: questionFollowUps()
});
