import { Problems } from './content-error';
import { requireField, requireIdAndOrder, splitFrontMatter } from './front-matter';
import { parseSections } from './sections';
import type { Company } from './types';

/**
 * Parses one `content/companies/<id>.md`: front matter (`id`, `name`, `order`, `summary`, `also`
 * for other names it goes by, and `values` when the company has named values), the loop guide as the introduction, then one
 * `## Value {#value-id}` section per value with a description. Problems are collected, never thrown.
 */
export function parseCompany(
	file: string,
	source: string
): { company: Company; problems: Problems } {
	const problems = new Problems(file);
	const fm = splitFrontMatter(source, problems);
	const { id, order } = requireIdAndOrder(fm, file, problems);
	for (const [key, field] of fm.fields)
		if (!['id', 'name', 'also', 'order', 'summary', 'values'].includes(key))
			problems.add(field.line, `unknown front matter key "${key}"`);

	const { intro, sections } = parseSections(fm.body, problems);
	if (!intro)
		problems.add(fm.body[0]?.line ?? 1, 'the loop guide (the text before any "## ") is empty');
	const valuesTitle = fm.fields.get('values')?.value || undefined;
	if (valuesTitle && sections.length === 0)
		problems.add(
			fm.fields.get('values')!.line,
			`"values: ${valuesTitle}" needs at least one "## Value {#id}" section`
		);
	if (!valuesTitle && sections.length > 0)
		problems.add(
			sections[0].line,
			'value sections need a "values:" line in the front matter naming them'
		);
	const seen = new Set<string>();
	for (const s of sections) {
		if (seen.has(s.id)) problems.add(s.line, `duplicate value id "${s.id}"`);
		seen.add(s.id);
		if (!s.description) problems.add(s.line, `"${s.title}" needs a short description under it`);
		for (const field of s.fields.values())
			problems.add(field.line, 'a value takes a description only, not "**Label:**" fields');
	}

	return {
		company: {
			id,
			name: requireField(fm, 'name', problems),
			also: (fm.fields.get('also')?.value ?? '')
				.split(',')
				.map((n) => n.trim())
				.filter(Boolean),
			order,
			summary: requireField(fm, 'summary', problems),
			...(valuesTitle ? { valuesTitle } : {}),
			guide: intro,
			values: sections.map((s) => ({ id: s.id, name: s.title, description: s.description }))
		},
		problems
	};
}
