/**
 * A story's working title taken from the user's own words: the first clause of the first STAR
 * part that has text (Situation first), cut to a few words. Pure; the user can edit it.
 */
import { STAR_PARTS } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';

const MAX_WORDS = 8;
const MAX_CHARS = 60;

/** Markdown and list markers removed, spaces collapsed; line breaks stay (they end a clause). */
function plain(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
		.replace(/^\s{0,3}(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/gm, '') // list items, headings, quotes
		.replace(/[*_`~]+/g, '')
		.replace(/[ \t]+/g, ' ')
		.trim();
}

/** The first clause: up to a line break, a sentence end, a semicolon, a colon, a dash or a comma. */
function firstClause(text: string): string {
	const end = text.search(/\n|[.!?;:](\s|$)|\s[–—-]\s|,\s/);
	return (end > 0 ? text.slice(0, end) : text).trim();
}

/** At most MAX_WORDS words and MAX_CHARS characters, ending on a whole word. */
function shorten(clause: string): string {
	const words = clause.split(' ');
	let title = words.slice(0, MAX_WORDS).join(' ');
	while (title.length > MAX_CHARS && title.includes(' '))
		title = title.slice(0, title.lastIndexOf(' '));
	if (title.length > MAX_CHARS) title = title.slice(0, MAX_CHARS);
	// A title ends on a word, not on a dangling "and", "the" or "to".
	title = title.replace(/\s+(?:a|an|the|and|or|but|to|of|in|on|for|with|at|by|from|our|my)$/i, '');
	return title.length < clause.length ? `${title}…` : title;
}

/** A short title from the answer's own words, or '' when every part is empty. */
export function storyTitleFrom(fields: Record<StarPart, string>): string {
	for (const part of STAR_PARTS) {
		const text = plain(fields[part] ?? '');
		if (!text) continue;
		const title = shorten(firstClause(text));
		return title.charAt(0).toUpperCase() + title.slice(1);
	}
	return '';
}
