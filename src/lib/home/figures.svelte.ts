import type { ThemeSummary } from '$lib/content/views';
import { answerProgressQuery } from '$lib/db/answers';
import { attemptsQuery } from '$lib/db/attempts';
import { reviewItemsQuery } from '$lib/db/cards';
import { Live } from '$lib/db/live.svelte';
import { narrativeSectionQuery } from '$lib/db/narrative';
import { LAST_BACKUP_KEY, settingQuery } from '$lib/db/settings';
import { storiesQuery } from '$lib/db/stories';
import { dueCount, endOfDay } from '$lib/practice/cards';
import { attemptsThisWeek, streakDays } from '$lib/practice/streak';
import { runsInstalled } from '$lib/pwa/installed';
import { START_HERE_KEY, type StartHereChoices, type StartHereData } from './start-here';

/** A card never scheduled is due at once: as if due at the epoch. */
const NEVER_SCHEDULED = '1970-01-01T00:00:00.000Z';

/** The four counters of "Your progress". */
export interface ProgressFigures {
	answered: number;
	due: number;
	thisWeek: number;
	streak: number;
	uncovered: number;
}

/**
 * What Home shows from the user's data: the Start here steps, the progress counters, where they
 * left off and how old their backup is. Home loads this module (and the database queries with
 * it) after the first paint, which needs none of it.
 */
export class HomeFigures {
	readonly #answers = new Live(answerProgressQuery);
	readonly #reviews = new Live(reviewItemsQuery);
	readonly #attempts = new Live(attemptsQuery);
	readonly #stories = new Live(storiesQuery);
	readonly #lastBackup = new Live(() => settingQuery<string>(LAST_BACKUP_KEY));
	readonly #why = new Live(() => narrativeSectionQuery('why-management'));
	readonly #choices = new Live(() => settingQuery<StartHereChoices>(START_HERE_KEY));
	readonly #themes: () => ThemeSummary[];
	readonly #now = Date.now();

	constructor(themes: () => ThemeSummary[]) {
		this.#themes = themes;
	}

	/** Every count is read: nothing is drawn before, so a returning user never sees a flash. */
	readonly ready = $derived(
		this.#answers.loaded &&
			this.#stories.loaded &&
			this.#attempts.loaded &&
			this.#why.loaded &&
			this.#choices.loaded
	);

	readonly start = $derived.by((): StartHereData => ({
		answers: this.#answers.current?.size ?? 0,
		stories: this.#stories.current?.length ?? 0,
		whyManagement: !!this.#why.current?.text.trim(),
		practised: this.#attempts.current?.length ?? 0,
		installed: runsInstalled(),
		choices: this.#choices.current ?? {}
	}));

	readonly progress = $derived.by((): ProgressFigures => {
		const starts = (this.#attempts.current ?? []).map((a) => a.startedAt);
		const stories = this.#stories.current ?? [];
		return {
			answered: this.#answers.current?.size ?? 0,
			due: dueCount(
				(this.#reviews.current ?? []).map((i) => ({
					due: i.card?.due ?? NEVER_SCHEDULED
				})),
				endOfDay(this.#now)
			),
			thisWeek: attemptsThisWeek(starts, this.#now),
			streak: streakDays(starts, this.#now),
			uncovered: this.#themes().filter((t) => !stories.some((s) => s.themeIds.includes(t.id)))
				.length
		};
	});

	/** The question of the answer edited last, under its surviving id, with its theme. */
	readonly latest = $derived.by(() => {
		let best: { id: string; at: string } | undefined;
		for (const [id, p] of this.#answers.current ?? [])
			if (!best || p.updatedAt > best.at) best = { id, at: p.updatedAt };
		if (!best) return undefined;
		const { id } = best;
		const theme = this.#themes().find((t) => t.questionIds.includes(id) || id in t.retiredIds);
		return theme
			? { questionId: theme.retiredIds[id] ?? id, themeId: theme.id, themeTitle: theme.title }
			: undefined;
	});

	/** Whole days since the last backup; undefined when there never was one. */
	readonly backupAge = $derived(
		this.#lastBackup.current
			? Math.floor((this.#now - Date.parse(this.#lastBackup.current)) / 86_400_000)
			: undefined
	);
}
