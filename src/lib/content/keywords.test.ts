import { describe, expect, it } from 'vitest';
import { bank } from './bank.server';
import { parseKeywords } from './keywords';

const THEMES = ['delivery', 'hiring', 'stakeholders'];
const FILE = 'content/keywords.md';

const parse = (source: string) => {
	const { keywords, problems } = parseKeywords(FILE, source, THEMES);
	return { keywords, problems: problems.list.map((p) => `${p.line}: ${p.reason}`) };
};

describe('parseKeywords', () => {
	it('reads one section per theme, lower-casing and tidying phrases', () => {
		const source = [
			'# Job-description keywords',
			'',
			'Free text before the first section is for readers.',
			'',
			'## delivery',
			'- Roadmap',
			'-   on-call   rota',
			'',
			'## hiring',
			'* hiring',
			'- CI/CD',
			'- 1:1'
		].join('\n');
		expect(parse(source)).toEqual({
			keywords: { delivery: ['roadmap', 'on-call rota'], hiring: ['hiring', 'ci/cd', '1:1'] },
			problems: []
		});
	});

	it('names unknown and repeated themes and empty sections with their lines', () => {
		const source = [
			'## delivery',
			'- roadmap',
			'## deliverie',
			'- x',
			'##',
			'## delivery',
			'- planning',
			'## hiring',
			'',
			'## stakeholders',
			'- stakeholder'
		].join('\n');
		expect(parse(source).problems).toEqual([
			'3: "## deliverie" is not a theme id (expected one of delivery, hiring, stakeholders, ignore)',
			'5: a "## " heading needs a theme id, e.g. "## delivery"',
			'6: theme "delivery" already has a section (line 1)',
			'8: "## hiring" has no phrases: add "- phrase" lines under it'
		]);
	});

	it('rejects repeated phrases, markup and stray text', () => {
		const source = [
			'## delivery',
			'- roadmap',
			'- ROADMAP',
			'- **roadmap**',
			'- [planning](x)',
			'a sentence that is not a list item',
			`- ${'long '.repeat(20)}`
		].join('\n');
		const plain = `is not a plain phrase: use words, digits and - ' & / : + . (at most 60 characters)`;
		expect(parse(source).problems).toEqual([
			'3: "roadmap" is listed twice under "## delivery"',
			`4: "**roadmap**" ${plain}`,
			`5: "[planning](x)" ${plain}`,
			'6: unexpected text "a sentence that is not a list item": only "- phrase" lines go here',
			`7: "${'long '.repeat(8).slice(0, 40)}…" ${plain}`
		]);
	});

	it('keeps the ignore section apart from the themes', () => {
		const { keywords, ignore } = parseKeywords(
			FILE,
			'## hiring\n- hiring\n\n## ignore\n- ideal candidate\n- equal opportunity\n',
			THEMES
		);
		expect(keywords).toEqual({ hiring: ['hiring'] });
		expect(ignore).toEqual(['ideal candidate', 'equal opportunity']);
	});

	it('needs at least one section', () => {
		expect(parse('Just an introduction.').problems).toEqual([
			'1: the file needs at least one "## <theme-id>" section'
		]);
	});
});

describe('content/keywords.md', () => {
	it('gives every theme of the bank 6 to 25 phrases, in theme order', () => {
		expect(Object.keys(bank.keywords)).toEqual(bank.themes.map((t) => t.id));
		for (const [themeId, phrases] of Object.entries(bank.keywords)) {
			expect(phrases.length, themeId).toBeGreaterThanOrEqual(6);
			expect(phrases.length, themeId).toBeLessThanOrEqual(25);
		}
	});

	it('ignores the words that describe the applicant rather than the job', () => {
		expect(bank.ignoredPhrases).toEqual(expect.arrayContaining(['ideal candidate']));
	});
});
