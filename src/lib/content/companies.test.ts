import { describe, expect, it } from 'vitest';
import { parseCompany } from './companies';

const amazon = `---
id: amazon
name: Amazon
order: 1
summary: Principles everywhere.
values: Leadership Principles
---
### How the loop runs

Four to six interviews.

## Ownership {#ownership}

Acting for the whole company.

## Earn Trust {#earn-trust}

Candour and respect.
`;
const file = 'content/companies/amazon.md';
const reasons = (source: string, path = file) =>
	parseCompany(path, source).problems.list.map((p) => `${p.line}: ${p.reason}`);

describe('parseCompany', () => {
	it('reads the loop guide and the values', () => {
		const { company, problems } = parseCompany(file, amazon);
		expect(problems.list).toEqual([]);
		expect(company).toEqual({
			id: 'amazon',
			name: 'Amazon',
			also: [],
			order: 1,
			summary: 'Principles everywhere.',
			valuesTitle: 'Leadership Principles',
			guide: '### How the loop runs\n\nFour to six interviews.',
			values: [
				{ id: 'ownership', name: 'Ownership', description: 'Acting for the whole company.' },
				{ id: 'earn-trust', name: 'Earn Trust', description: 'Candour and respect.' }
			]
		});
	});

	it('reads the other names a company goes by', () => {
		const { company } = parseCompany(
			file,
			amazon.replace('order: 1', 'also: AWS, Amazon Web Services\norder: 1')
		);
		expect(company.also).toEqual(['AWS', 'Amazon Web Services']);
	});

	it('accepts a company with a guide and no values', () => {
		const startup = '---\nid: startup\nname: A startup\norder: 4\nsummary: S.\n---\nThe loop.\n';
		const { company, problems } = parseCompany('content/companies/startup.md', startup);
		expect(problems.list).toEqual([]);
		expect(company.values).toEqual([]);
		expect(company.valuesTitle).toBeUndefined();
	});

	it('reports values without a title, a title without values, and values with fields', () => {
		expect(reasons(amazon.replace('values: Leadership Principles\n', ''))).toContain(
			'11: value sections need a "values:" line in the front matter naming them'
		);
		expect(reasons(amazon.slice(0, amazon.indexOf('## ')))).toContain(
			'6: "values: Leadership Principles" needs at least one "## Value {#id}" section'
		);
		expect(reasons(amazon.replace('Candour and respect.', 'Candour.\n**Probes:** x'))).toContain(
			'19: a value takes a description only, not "**Label:**" fields'
		);
	});

	it('reports a duplicate value, a missing description, a wrong id and an empty guide', () => {
		expect(reasons(amazon.replace('{#earn-trust}', '{#ownership}'))).toContain(
			'16: duplicate value id "ownership"'
		);
		expect(reasons(amazon.replace('Candour and respect.\n', ''))).toContain(
			'16: "Earn Trust" needs a short description under it'
		);
		expect(reasons(amazon, 'content/companies/meta.md')).toContain(
			'2: id "amazon" must match the file name "meta"'
		);
		expect(
			reasons(amazon.replace('### How the loop runs\n\nFour to six interviews.\n', ''))
		).toContain('8: the loop guide (the text before any "## ") is empty');
		expect(reasons(amazon.replace('order: 1', 'order: 1\ncolour: orange'))).toContain(
			'5: unknown front matter key "colour"'
		);
	});
});
