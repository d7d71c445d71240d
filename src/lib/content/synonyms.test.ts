import { describe, expect, it } from 'vitest';
import { parseSynonyms } from './synonyms';
import { synonyms } from './synonyms.server';

const parse = (body: string) =>
	parseSynonyms('content/synonyms.md', `# Synonyms\n\nIntro.\n\n${body}`);
const reasons = (body: string) => parse(body).problems.list.map((p) => `${p.line}: ${p.reason}`);

describe('parseSynonyms', () => {
	it('reads one group a line under headings, lower-cased, free text before', () => {
		const { groups, problems } = parse(
			'## People\n\n- 1:1, One-to-one\n- PIP, performance improvement plan\n'
		);
		expect(problems.list).toEqual([]);
		expect(groups).toEqual([
			['1:1', 'one-to-one'],
			['pip', 'performance improvement plan']
		]);
	});

	it('reports lone entries, stray text, odd characters and filler-only entries with lines', () => {
		expect(reasons('## A\n- reorg\nsome text\n- a <b>, reshuffle\n- the, restructure\n')).toEqual([
			'6: a group needs at least two entries, separated by commas',
			'7: unexpected text "some text": only "- a, b, c" lines go here',
			'8: "a <b>" is not a plain phrase: use words, digits and - \' & / : + . (at most 40 characters)',
			'9: "the" has only filler words, which search skips'
		]);
	});

	it('reports an entry listed twice, counting words with one stem as the same', () => {
		expect(reasons('## A\n- mentor, coach\n- mentoring, guidance\n')).toEqual([
			'7: "mentoring" is the same to search as "mentor" (line 6): words that share a stem match each other already'
		]);
		expect(reasons('## A\n- prioritize, prioritise\n')[0]).toMatch(/"prioritise" is the same/);
	});

	it('needs at least one heading', () => {
		expect(parseSynonyms('x.md', '- a, b\n').problems.list[0].reason).toMatch(/heading/);
	});
});

describe('content/synonyms.md', () => {
	it('validates, with the groups the issue names', () => {
		expect(synonyms.length).toBeGreaterThan(30);
		const together = (a: string, b: string) => synonyms.some((g) => g.includes(a) && g.includes(b));
		expect(together('1:1', 'one-to-one')).toBe(true);
		expect(together('pip', 'performance improvement plan')).toBe(true);
		expect(together('push back', 'pushback')).toBe(true);
		expect(together('reorg', 'reorganisation')).toBe(true);
		expect(together('low performer', 'underperformer')).toBe(true);
		expect(together('fire', 'let go')).toBe(true);
		expect(together('attrition', 'retention')).toBe(true);
	});
});
