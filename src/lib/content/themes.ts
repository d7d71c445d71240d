import { Problems } from './content-error';
import { requireField, splitFrontMatter } from './front-matter';
import { ID_PATTERN, listField, parseSections, rejectUnknownFields, valueField } from './sections';
import type { Question, Theme } from './types';

const FIELDS = ['Probes', 'Kind', 'Strong answers', 'Red flags', 'Follow-ups'];

/** Parses one `content/themes/<id>.md` file; problems are collected, never thrown. */
/** `lines[i]` is the heading line of `theme.questions[i]`, for errors found across files. */
export function parseTheme(
	file: string,
	source: string
): { theme: Theme; problems: Problems; lines: number[] } {
	const problems = new Problems(file);
	const fm = splitFrontMatter(source, problems);
	const id = requireField(fm, 'id', problems);
	const expectedId = /([^/]+)\.md$/.exec(file)?.[1];
	if (id && !ID_PATTERN.test(id))
		problems.add(fm.fields.get('id')!.line, `id "${id}" must be kebab-case`);
	else if (id && expectedId && id !== expectedId)
		problems.add(fm.fields.get('id')!.line, `id "${id}" must match the file name "${expectedId}"`);
	const orderText = requireField(fm, 'order', problems);
	const order = Number(orderText);
	if (orderText && !Number.isInteger(order))
		problems.add(
			fm.fields.get('order')!.line,
			`order must be a whole number, found "${orderText}"`
		);

	const { intro, sections } = parseSections(fm.body, problems);
	const questions: Question[] = sections.map((s) => {
		if (id && !s.id.startsWith(`${id}-`))
			problems.add(s.line, `question id "${s.id}" must start with the theme id "${id}-"`);
		if (s.description)
			problems.add(s.line + 1, `unexpected text under "${s.title}": start with "**Probes:**"`);
		rejectUnknownFields(s, FIELDS, problems);
		const kind = s.fields.get('Kind');
		if (kind && kind.value !== 'hypothetical' && kind.value !== 'behavioural')
			problems.add(kind.line, `"**Kind:**" must be "hypothetical" or "behavioural"`);
		return {
			id: s.id,
			themeId: id,
			text: s.title,
			kind: kind?.value === 'hypothetical' ? 'hypothetical' : 'behavioural',
			probes: valueField(s, 'Probes', problems),
			strongSignals: listField(s, 'Strong answers', [2, 4], problems),
			redFlags: listField(s, 'Red flags', [2, 4], problems),
			followUps: listField(s, 'Follow-ups', [1, 3], problems)
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
		lines: sections.map((s) => s.line)
	};
}
