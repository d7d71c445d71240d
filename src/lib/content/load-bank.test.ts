import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { loadBank, type ContentFiles } from './load-bank';

const theme = (id: string, order: number, questionIds: string[], extra = '') =>
	`---\nid: ${id}\ntitle: ${id}\norder: ${order}\nsummary: About ${id}.\n---\n` +
	questionIds
		.map(
			(q) =>
				`## Question ${q}? {#${q}}\n**Probes:** p\n**Strong answers:**\n- a\n- b\n**Red flags:**\n- c\n- d\n**Follow-ups:**\n- e?\n**Levels:** em\n${extra}`
		)
		.join('\n');

const docs: ContentFiles = {
	'content/narrative.md':
		'---\ntitle: N\nsummary: S\n---\n## Why {#why}\nD.\n**Prompts:**\n- a\n- b\n',
	'content/rubric.md':
		'---\ntitle: R\nsummary: S\n---\n## Fit {#fit}\nD.\n**1:** a\n**3:** b\n**5:** c\n',
	'content/readiness.md':
		'---\ntitle: R\nsummary: S\n---\n## Listening {#listening}\nD.\n**Prompts:**\n- a\n- b\n',
	'content/keywords.md': '# Keywords\n\n## a\n- alpha\n',
	'content/questions-to-ask.md':
		'---\ntitle: Q\nsummary: S\n---\n## Your manager {#manager}\nD.\n**Ask:**\n- **Why?** Because.\n- **How?** Thus.\n- **When?** Soon.\n'
};

function problemsOf(files: ContentFiles): string[] {
	try {
		loadBank(files);
	} catch (e) {
		if (e instanceof ContentError) return e.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
		throw e;
	}
	return [];
}

describe('loadBank', () => {
	it('sorts themes by order and keeps every question', () => {
		const bank = loadBank({
			...docs,
			'content/themes/b.md': theme('b', 2, ['b-one']),
			'content/themes/a.md': theme('a', 1, ['a-one', 'a-two'])
		});
		expect(bank.themes.map((t) => t.id)).toEqual(['a', 'b']);
		expect(bank.themes[0].questions.map((q) => q.id)).toEqual(['a-one', 'a-two']);
		expect(bank.rubric.sections[0].id).toBe('fit');
		expect(bank.keywords).toEqual({ a: ['alpha'] });
	});

	it('reports duplicate question ids within and across files with their lines', () => {
		expect(
			problemsOf({
				...docs,
				'content/themes/a.md': theme('a', 1, ['a-one', 'a-one'])
			})
		).toEqual([
			'content/themes/a.md:19: duplicate question id "a-one" (first used in content/themes/a.md)'
		]);
	});

	it('reports a duplicate theme order', () => {
		expect(
			problemsOf({
				...docs,
				'content/themes/a.md': theme('a', 1, ['a-one']),
				'content/themes/b.md': theme('b', 1, ['b-one'])
			})
		).toEqual(['content/themes/b.md:1: order 1 is also used by content/themes/a.md']);
	});

	it('reports missing files and an empty theme folder', () => {
		expect(problemsOf({ 'content/rubric.md': docs['content/rubric.md'] })).toEqual([
			'content/themes/:1: no theme files found',
			'content/narrative.md:1: file is missing',
			'content/readiness.md:1: file is missing',
			'content/questions-to-ask.md:1: file is missing',
			'content/keywords.md:1: file is missing'
		]);
	});

	it('reads companies in order and checks question tags against them', () => {
		const company = (id: string, order: number, values = '') =>
			`---\nid: ${id}\nname: ${id}\norder: ${order}\nsummary: S.\n${values ? 'values: Values\n' : ''}---\nThe loop.\n${values}`;
		const files = {
			...docs,
			'content/companies/startup.md': company('startup', 2),
			'content/companies/amazon.md': company(
				'amazon',
				1,
				'## Ownership {#ownership}\nOwning it.\n'
			),
			'content/themes/a.md': theme('a', 1, ['a-one'], '**Companies:** amazon/ownership, startup\n')
		};
		const bank = loadBank(files);
		expect(bank.companies.map((c) => c.id)).toEqual(['amazon', 'startup']);
		expect(bank.companies[0].values).toEqual([
			{ id: 'ownership', name: 'Ownership', description: 'Owning it.' }
		]);
		expect(bank.themes[0].questions[0].companies).toEqual([
			{ company: 'amazon', value: 'ownership' },
			{ company: 'startup' }
		]);
		expect(
			problemsOf({
				...files,
				'content/themes/a.md': theme('a', 1, ['a-one'], '**Companies:** meta\n')
			})
		).toEqual(['content/themes/a.md:18: unknown company "meta" (expected one of amazon, startup)']);
	});

	it('keeps retired ids as aliases that never collide with a live id or with each other', () => {
		const bank = loadBank({
			...docs,
			'content/themes/a.md': theme('a', 1, ['a-one'], '**Aliases:** a-old, b-gone\n'),
			'content/themes/b.md': theme('b', 2, ['b-one'])
		});
		expect(bank.themes[0].questions[0].aliases).toEqual(['a-old', 'b-gone']);
		expect(
			problemsOf({
				...docs,
				'content/themes/a.md': theme('a', 1, ['a-one'], '**Aliases:** b-one, zz-nowhere\n'),
				'content/themes/b.md': theme('b', 2, ['b-one'], '**Aliases:** a-gone\n'),
				'content/themes/c.md': theme('c', 3, ['c-one'], '**Aliases:** a-gone\n')
			})
		).toEqual([
			'content/themes/a.md:18: alias "b-one" is a live question id in content/themes/b.md',
			'content/themes/a.md:18: alias "zz-nowhere" does not start with a theme id, so its old address is unknown',
			'content/themes/c.md:18: alias "a-gone" is already an alias in content/themes/b.md'
		]);
	});

	it('puts every problem into one readable message', () => {
		const files = {
			...docs,
			'content/themes/a.md': theme('a', 1, ['a-one']).replace('**Probes:** p\n', '')
		};
		expect(() => loadBank(files)).toThrow(
			'content/ is invalid (1 problem):\n  content/themes/a.md:7: "Question a-one?" is missing "**Probes:**"'
		);
	});
});
