import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { loadBank, type ContentFiles } from './load-bank';

const theme = (id: string, order: number, questionIds: string[]) =>
	`---\nid: ${id}\ntitle: ${id}\norder: ${order}\nsummary: About ${id}.\n---\n` +
	questionIds
		.map(
			(q) =>
				`## Question ${q}? {#${q}}\n**Probes:** p\n**Strong answers:**\n- a\n- b\n**Red flags:**\n- c\n- d\n**Follow-ups:**\n- e?\n`
		)
		.join('\n');

const docs: ContentFiles = {
	'content/narrative.md':
		'---\ntitle: N\nsummary: S\n---\n## Why {#why}\nD.\n**Prompts:**\n- a\n- b\n',
	'content/rubric.md':
		'---\ntitle: R\nsummary: S\n---\n## Fit {#fit}\nD.\n**1:** a\n**3:** b\n**5:** c\n',
	'content/readiness.md':
		'---\ntitle: R\nsummary: S\n---\n## Listening {#listening}\nD.\n**Prompts:**\n- a\n- b\n',
	'content/keywords.md': '# Keywords\n\n## a\n- alpha\n'
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
			'content/themes/a.md:18: duplicate question id "a-one" (first used in content/themes/a.md)'
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
			'content/keywords.md:1: file is missing'
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
