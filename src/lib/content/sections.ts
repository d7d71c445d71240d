import type { Problems } from './content-error';
import type { FrontMatter } from './front-matter';

/** A bold-labelled field: `**Name:** value` on one line, or `**Name:**` followed by `- ` items. */
export interface Field {
	line: number;
	value: string;
	items: string[];
	/** The line of each item, for errors about one item. */
	itemLines: number[];
}

/** A `## Title {#id}` section with its description and fields. */
export interface Section {
	id: string;
	title: string;
	line: number;
	description: string;
	fields: Map<string, Field>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEADING = /^##\s+(.*?)\s*\{#([^}]*)\}\s*$/;
const FIELD = /^\*\*([^*]+?):\*\*\s*(.*)$/;
const ITEM = /^[-*]\s+(.+)$/;

/**
 * Splits a markdown body into an introduction and `## Title {#id}` sections. Line-based on
 * purpose: in the compact format a `**Label:**` line right after a list item is a lazy
 * continuation for a CommonMark lexer, and authors need exact line numbers in errors.
 */
export function parseSections(
	body: FrontMatter['body'],
	problems: Problems
): { intro: string; sections: Section[] } {
	const intro: string[] = [];
	const sections: Section[] = [];
	let section: Section | undefined;
	let list: Field | undefined;
	let description: string[] = [];

	const close = () => {
		if (section) section.description = description.join('\n').trim();
	};

	for (const { text, line } of body) {
		const trimmed = text.trim();
		if (/^##\s/.test(trimmed) || /^##$/.test(trimmed)) {
			close();
			const m = HEADING.exec(trimmed);
			if (!m) {
				problems.add(line, 'a "## " heading must end in "{#id}", e.g. "## Title {#theme-slug}"');
				section = undefined;
				list = undefined;
				description = [];
				continue;
			}
			const [, title, id] = m;
			if (!ID_PATTERN.test(id)) problems.add(line, `id "${id}" must be kebab-case (a-z, 0-9, -)`);
			if (!title) problems.add(line, `heading {#${id}} has no text`);
			section = { id, title, line, description: '', fields: new Map() };
			sections.push(section);
			list = undefined;
			description = [];
			continue;
		}
		if (!section) {
			intro.push(text);
			continue;
		}
		if (!trimmed) continue;
		if (/^#/.test(trimmed)) {
			problems.add(line, 'only "## " headings may appear after the first section');
			continue;
		}
		const field = FIELD.exec(trimmed);
		if (field) {
			const [, name, value] = field;
			if (section.fields.has(name)) problems.add(line, `"${name}" appears twice in this section`);
			const entry: Field = { line, value: value.trim(), items: [], itemLines: [] };
			section.fields.set(name, entry);
			list = entry.value ? undefined : entry;
			continue;
		}
		const item = ITEM.exec(trimmed);
		if (item) {
			if (list) {
				list.items.push(item[1].trim());
				list.itemLines.push(line);
			} else problems.add(line, 'a list item must follow a "**Label:**" line');
			continue;
		}
		if (section.fields.size > 0) {
			problems.add(line, `unexpected text "${clip(trimmed)}": put it in a field or a list item`);
			continue;
		}
		description.push(text);
	}
	close();
	return { intro: intro.join('\n').trim(), sections };
}

function clip(text: string) {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Reads a one-line field, reporting a missing or list-shaped one. */
export function valueField(section: Section, name: string, problems: Problems): string {
	const field = section.fields.get(name);
	if (!field) problems.add(section.line, `"${section.title}" is missing "**${name}:**"`);
	else if (!field.value) problems.add(field.line, `"**${name}:**" needs text on the same line`);
	return field?.value ?? '';
}

/** Reads a list field and checks its length. */
export function listField(
	section: Section,
	name: string,
	[min, max]: [number, number],
	problems: Problems
): string[] {
	const field = section.fields.get(name);
	if (!field) {
		problems.add(section.line, `"${section.title}" is missing "**${name}:**"`);
		return [];
	}
	if (field.value) problems.add(field.line, `"**${name}:**" takes a list of "- " items, not text`);
	else if (field.items.length < min || field.items.length > max)
		problems.add(
			field.line,
			`"**${name}:**" needs ${min}–${max} items, found ${field.items.length}`
		);
	return field.items;
}

/** Reports fields this kind of section does not know (usually a typo in a label). */
export function rejectUnknownFields(section: Section, known: string[], problems: Problems) {
	for (const [name, field] of section.fields)
		if (!known.includes(name))
			problems.add(field.line, `unknown field "**${name}:**" (expected ${known.join(', ')})`);
}
