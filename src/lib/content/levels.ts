import type { Level } from './types';

/** The levels a question can be tagged with, in the order the filters list them. */
export const LEVELS: readonly { id: Level; label: string; description: string }[] = [
	{
		id: 'aspiring',
		label: 'First-time manager',
		description: 'A senior engineer or tech lead going for a first management role.'
	},
	{
		id: 'em',
		label: 'Engineering manager',
		description: 'Someone who already manages engineers and wants the same job, or a bigger team.'
	},
	{
		id: 'senior-em',
		label: 'Senior EM',
		description: 'A manager of managers: several teams, org design, headcount and budget.'
	}
];

export const isLevel = (id: string): id is Level => LEVELS.some((l) => l.id === id);

/** The words for a level id. */
export const levelLabel = (id: string) => LEVELS.find((l) => l.id === id)?.label ?? id;
