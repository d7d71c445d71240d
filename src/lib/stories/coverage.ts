/** A story serving more themes than this is stretched thin: interviewers hear the same tale. */
export const STRETCH_LIMIT = 4;

export interface CoverageTheme {
	id: string;
	questionIds: string[];
}

export interface CoverageStory {
	id: string;
	themeIds: string[];
}

export interface CoverageCell {
	/** The story is tagged with the theme. */
	tagged: boolean;
	/** Questions of the theme whose answers use the story. */
	questionIds: string[];
}

export interface Coverage {
	cell(storyId: string, themeId: string): CoverageCell;
	/** Themes no story is tagged with or used in. */
	uncovered: string[];
	/** Stories that serve more than STRETCH_LIMIT themes. */
	stretched: Set<string>;
	/** How many themes each story serves. */
	themeCount: Map<string, number>;
}

/**
 * The stories × themes matrix: a story serves a theme when it is tagged with it or an answer to
 * one of the theme's questions uses it.
 */
export function coverage(
	themes: CoverageTheme[],
	stories: CoverageStory[],
	answerStory: Map<string, string | undefined>
): Coverage {
	const cells = new Map<string, CoverageCell>();
	const key = (s: string, t: string) => `${s}\u0000${t}`;
	const storyIds = new Set(stories.map((s) => s.id));
	for (const story of stories)
		for (const theme of themes)
			cells.set(key(story.id, theme.id), {
				tagged: story.themeIds.includes(theme.id),
				questionIds: []
			});
	for (const theme of themes)
		for (const questionId of theme.questionIds) {
			const storyId = answerStory.get(questionId);
			if (storyId && storyIds.has(storyId))
				cells.get(key(storyId, theme.id))!.questionIds.push(questionId);
		}
	const serves = (c: CoverageCell | undefined) => !!c && (c.tagged || c.questionIds.length > 0);
	const themeCount = new Map(
		stories.map((s) => [s.id, themes.filter((t) => serves(cells.get(key(s.id, t.id)))).length])
	);
	return {
		cell: (storyId, themeId) =>
			cells.get(key(storyId, themeId)) ?? { tagged: false, questionIds: [] },
		uncovered: themes
			.filter((t) => !stories.some((s) => serves(cells.get(key(s.id, t.id)))))
			.map((t) => t.id),
		stretched: new Set(
			stories.filter((s) => themeCount.get(s.id)! > STRETCH_LIMIT).map((s) => s.id)
		),
		themeCount
	};
}
