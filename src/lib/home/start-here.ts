/**
 * The first-run checklist on Home: five steps that get a new user from nothing to a first
 * rehearsal, each ticked from what is stored. Pure: the page reads the data and passes it in.
 */

/** The setting that remembers what the user chose to skip or hide. */
export const START_HERE_KEY = 'startHere';

export interface StartHereChoices {
	/** The whole list was hidden. */
	dismissed?: boolean;
	/** "Install the app" was skipped (a desktop browser, or no wish to). */
	installSkipped?: boolean;
}

/** What the steps are ticked from. */
export interface StartHereData {
	/** Answers with some text. */
	answers: number;
	stories: number;
	/** Whether the "why management" narrative section has text. */
	whyManagement: boolean;
	/** Practice answers rated and saved, in any round. */
	practised: number;
	/** Running as an installed app (standalone display). */
	installed: boolean;
	choices: StartHereChoices;
}

export type StartStepId = 'answer' | 'stories' | 'why' | 'round' | 'install';

export interface StartStep {
	id: StartStepId;
	done: boolean;
	/** Progress towards a step that needs several of something, e.g. "1 of 3". */
	progress?: string;
}

/** Nothing stored yet: what Home shows before it has read the data, and to a new user. */
export const FIRST_VISIT: StartHereData = {
	answers: 0,
	stories: 0,
	whyManagement: false,
	practised: 0,
	installed: false,
	choices: {}
};

export const STORIES_TO_START = 3;
export const ROUND_TO_START = 3;

const partly = (n: number, of: number) => (n > 0 && n < of ? `${n} of ${of}` : undefined);

/** The steps in the order they are best done. */
export function startSteps(d: StartHereData): StartStep[] {
	return [
		{ id: 'answer', done: d.answers > 0 },
		{
			id: 'stories',
			done: d.stories >= STORIES_TO_START,
			progress: partly(d.stories, STORIES_TO_START)
		},
		{ id: 'why', done: d.whyManagement },
		{
			id: 'round',
			done: d.practised >= ROUND_TO_START,
			progress: partly(d.practised, ROUND_TO_START)
		},
		{ id: 'install', done: d.installed || !!d.choices.installSkipped }
	];
}

/** Whether Home shows the checklist (in place of the progress counters). */
export function showStartHere(d: StartHereData): boolean {
	return !d.choices.dismissed && startSteps(d).some((s) => !s.done);
}
