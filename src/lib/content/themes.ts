import { Problems } from './content-error';
import { requireField, requireIdAndOrder, splitFrontMatter } from './front-matter';
import { isLevel, LEVELS } from './levels';
import {
	ID_PATTERN,
	listField,
	parseSections,
	rejectUnknownFields,
	valueField,
	type Section
} from './sections';
import type { CompanyTag, Level, Question, QuestionKind, Theme } from './types';

const KINDS: QuestionKind[] = ['behavioural', 'hypothetical', 'approach'];

const FIELDS = [
	'Probes',
	'Kind',
	'Levels',
	'Companies',
	'Aliases',
	'Strong answers',
	'Red flags',
	'Follow-ups'
];

/** Company id → its value ids, to check `**Companies:**` tags against `content/companies/`. */
export type KnownCompanies = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Parses one `content/themes/<id>.md` file; problems are collected, never thrown.
 * `lines[i]` is the heading line of `theme.questions[i]`, and `aliasLines` the line of each
 * alias, for errors found across files.
 */
export function parseTheme(
	file: string,
	source: string,
	companies: KnownCompanies = new Map()
): { theme: Theme; problems: Problems; lines: number[]; aliasLines: Map<string, number> } {
	const problems = new Problems(file);
	const fm = splitFrontMatter(source, problems);
	const { id, order } = requireIdAndOrder(fm, file, problems);

	const { intro, sections } = parseSections(fm.body, problems);
	const aliasLines = new Map<string, number>();
	const questions: Question[] = sections.map((s) => {
		if (id && !s.id.startsWith(`${id}-`))
			problems.add(s.line, `question id "${s.id}" must start with the theme id "${id}-"`);
		if (s.description)
			problems.add(s.line + 1, `unexpected text under "${s.title}": start with "**Probes:**"`);
		rejectUnknownFields(s, FIELDS, problems);
		const kind = s.fields.get('Kind');
		if (kind && !KINDS.includes(kind.value as QuestionKind))
			problems.add(kind.line, `"**Kind:**" must be one of ${KINDS.join(', ')}`);
		return {
			id: s.id,
			themeId: id,
			text: s.title,
			kind: KINDS.find((k) => k === kind?.value) ?? 'behavioural',
			probes: valueField(s, 'Probes', problems),
			strongSignals: listField(s, 'Strong answers', [2, 4], problems),
			redFlags: listField(s, 'Red flags', [2, 4], problems),
			followUps: listField(s, 'Follow-ups', [1, 3], problems),
			levels: levelsField(s, problems),
			companies: companiesField(s, companies, problems),
			aliases: aliasesField(s, aliasLines, problems)
		};
	});
	if (questions.length === 0)
		problems.add(fm.body[0]?.line ?? 1, 'a theme needs at least one question');

	return {
		theme: {
			id,
			title: requireField(fm, 'title', problems),
			order,
			summary: requireField(fm, 'summary', problems),
			intro,
			questions
		},
		problems,
		lines: sections.map((s) => s.line),
		aliasLines
	};
}

/** A one-line, comma-separated field: its items, each once, with the field's line. */
function commaList(section: Section, name: string, problems: Problems) {
	const field = section.fields.get(name);
	if (!field) return undefined;
	if (!field.value) {
		problems.add(field.line, `"**${name}:**" takes a comma-separated list on the same line`);
		return { line: field.line, items: [] };
	}
	const items: string[] = [];
	for (const raw of field.value.split(',')) {
		const item = raw.trim();
		if (!item) problems.add(field.line, `"**${name}:**" has an empty item (a stray comma?)`);
		else if (items.includes(item)) problems.add(field.line, `"${item}" is listed twice`);
		else items.push(item);
	}
	return { line: field.line, items };
}

/** `**Levels:** aspiring, em, senior-em`: required, at least one known level. */
function levelsField(section: Section, problems: Problems): Level[] {
	const list = commaList(section, 'Levels', problems);
	const known = LEVELS.map((l) => l.id).join(', ');
	if (!list) {
		problems.add(
			section.line,
			`"${section.title}" is missing "**Levels:**" (one or more of ${known})`
		);
		return [];
	}
	const levels: Level[] = [];
	for (const item of list.items)
		if (isLevel(item)) levels.push(item);
		else problems.add(list.line, `unknown level "${item}" (expected ${known})`);
	// Always in the canonical order, whatever order the author wrote them in.
	return LEVELS.map((l) => l.id).filter((id) => levels.includes(id));
}

/** `**Companies:** amazon/ownership, meta, startup`: optional; companies and values must exist. */
function companiesField(section: Section, known: KnownCompanies, problems: Problems): CompanyTag[] {
	const list = commaList(section, 'Companies', problems);
	if (!list) return [];
	const tags: CompanyTag[] = [];
	for (const item of list.items) {
		const [company, value, ...rest] = item.split('/');
		const values = known.get(company);
		if (
			rest.length ||
			!ID_PATTERN.test(company) ||
			(value !== undefined && !ID_PATTERN.test(value))
		)
			problems.add(list.line, `"${item}" must read "company" or "company/value-id"`);
		else if (!values)
			problems.add(
				list.line,
				`unknown company "${company}" (expected one of ${[...known.keys()].join(', ') || 'none: add content/companies/'})`
			);
		else if (value !== undefined && !values.has(value))
			problems.add(
				list.line,
				`"${value}" is not one of ${company}'s values (see content/companies/${company}.md)`
			);
		else tags.push(value === undefined ? { company } : { company, value });
	}
	return tags;
}

/** `**Aliases:** old-id, other-old-id`: retired ids that now lead to this question. */
function aliasesField(section: Section, lines: Map<string, number>, problems: Problems): string[] {
	const list = commaList(section, 'Aliases', problems);
	if (!list) return [];
	const aliases: string[] = [];
	for (const item of list.items) {
		if (!ID_PATTERN.test(item)) problems.add(list.line, `alias "${item}" must be kebab-case`);
		else if (item === section.id) problems.add(list.line, `"${item}" cannot be an alias of itself`);
		else {
			aliases.push(item);
			lines.set(item, list.line);
		}
	}
	return aliases;
}
