/**
 * The jargon list the coach starts with: corporate buzzwords that hide what actually happened
 * from an interviewer outside the company. The user edits it in settings; each entry also finds
 * its plain inflections (leverage, leveraged, leveraging).
 */

/** Where the user's edited list is kept (settings table); unset means the starter list. */
export const JARGON_KEY = 'coachJargon';

// prettier-ignore
export const STARTER_JARGON: readonly string[] = [
	'actionable insight', 'at the end of the day', 'best-in-class', 'blue-sky thinking',
	'boil the ocean', 'circle back', 'core competency', 'deep dive', 'double-click', 'drill down',
	'fast follow', 'game changer', 'helicopter view', 'holistic', 'ideate', 'learnings',
	'level-set', 'leverage', 'low-hanging fruit', 'move the needle', 'north star',
	'operationalise', 'paradigm shift', 'peel the onion', 'secret sauce',
	'socialise', 'swim lane', 'synergy', 'table stakes', 'take it offline', 'take this offline',
	'thought leadership', 'think outside the box', 'tiger team', 'touch base', 'value-add',
	'value proposition', 'wheelhouse', 'win-win', 'workstream', 'world-class', 'bandwidth',
	'empower', 'next-level', 'double down'
];

/** The list to use: the user's own when they have saved one (even empty), else the starter. */
export const jargonList = (saved: readonly string[] | undefined | null): readonly string[] =>
	Array.isArray(saved) ? saved : STARTER_JARGON;

/** Splits what the user typed (commas or new lines) into a clean list, duplicates dropped. */
export function parseJargon(text: string): string[] {
	const seen = new Set<string>();
	const list: string[] = [];
	for (const raw of text.split(/[,\n]/)) {
		const term = raw.trim().replace(/\s+/g, ' ');
		const key = term.toLowerCase();
		if (term && !seen.has(key)) {
			seen.add(key);
			list.push(term);
		}
	}
	return list;
}
