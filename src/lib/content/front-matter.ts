import type { Problems } from './content-error';
import { ID_PATTERN } from './sections';

export interface FrontMatter {
	fields: Map<string, { value: string; line: number }>;
	/** Lines after the closing `---`, with their 1-based line numbers. */
	body: { text: string; line: number }[];
}

/** Splits `---`-fenced `key: value` front matter from the body. Values are single-line strings. */
export function splitFrontMatter(source: string, problems: Problems): FrontMatter {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const fields: FrontMatter['fields'] = new Map();
	if (lines[0]?.trim() !== '---') {
		problems.add(1, 'the file must start with front matter: a line "---"');
		return { fields, body: lines.map((text, i) => ({ text, line: i + 1 })) };
	}
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		problems.add(1, 'front matter is not closed: add a line "---" after it');
		return { fields, body: [] };
	}
	for (let i = 1; i < end; i++) {
		const text = lines[i];
		if (!text.trim()) continue;
		const m = /^([a-z_]+):\s*(.*)$/i.exec(text);
		if (!m) {
			problems.add(i + 1, `front matter lines must read "key: value", found "${text.trim()}"`);
			continue;
		}
		const [, key, raw] = m;
		if (fields.has(key)) problems.add(i + 1, `front matter key "${key}" appears twice`);
		fields.set(key, { value: unquote(raw.trim()), line: i + 1 });
	}
	return {
		fields,
		body: lines.slice(end + 1).map((text, i) => ({ text, line: end + i + 2 }))
	};
}

function unquote(value: string) {
	const m = /^(["'])(.*)\1$/.exec(value);
	return m ? m[2] : value;
}

/** Reads a required, non-empty front-matter string, reporting where it is missing. */
export function requireField(fm: FrontMatter, key: string, problems: Problems): string {
	const field = fm.fields.get(key);
	if (!field || !field.value) {
		problems.add(field?.line ?? 1, `front matter needs a non-empty "${key}"`);
		return '';
	}
	return field.value;
}

/**
 * Reads the `id` and `order` every content file starts with: the id kebab-case and the same as
 * the file's name, the order a whole number.
 */
export function requireIdAndOrder(
	fm: FrontMatter,
	file: string,
	problems: Problems
): { id: string; order: number } {
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
	return { id, order };
}
