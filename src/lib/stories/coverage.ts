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
 * one of the theme's questions uses it. Work grows with tags and answers, not stories × themes:
 * a bank of thousands of stories builds it in a few milliseconds, and empty cells are not stored.
 */
export function coverage(
	themes: CoverageTheme[],
	stories: CoverageStory[],
	answerStory: Map<string, string | undefined>
): Coverage {
	const key = (s: string, t: string) => `${s}\u0000${t}`;
	const known = new Set(themes.map((t) => t.id));
	/** Per story, the themes it serves (tagged or used), in no particular order. */
	const served = new Map<string, Set<string>>();
	const tagged = new Set<string>();
	for (const story of stories) {
		const mine = new Set(story.themeIds.filter((id) => known.has(id)));
		served.set(story.id, mine);
		for (const themeId of mine) tagged.add(key(story.id, themeId));
	}
	const used = new Map<string, string[]>();
	for (const theme of themes)
		for (const questionId of theme.questionIds) {
			const storyId = answerStory.get(questionId);
			const mine = storyId === undefined ? undefined : served.get(storyId);
			if (!mine) continue; // no answer, no story, or a link to a deleted story
			mine.add(theme.id);
			const k = key(storyId!, theme.id);
			used.set(k, [...(used.get(k) ?? []), questionId]);
		}
	const covered = new Set([...served.values()].flatMap((themeIds) => [...themeIds]));
	const themeCount = new Map([...served].map(([id, themeIds]) => [id, themeIds.size]));
	return {
		cell: (storyId, themeId) => ({
			tagged: tagged.has(key(storyId, themeId)),
			questionIds: used.get(key(storyId, themeId)) ?? []
		}),
		uncovered: themes.filter((t) => !covered.has(t.id)).map((t) => t.id),
		stretched: new Set(
			stories.filter((s) => themeCount.get(s.id)! > STRETCH_LIMIT).map((s) => s.id)
		),
		themeCount
	};
}
