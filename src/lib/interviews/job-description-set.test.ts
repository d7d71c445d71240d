import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bank } from '$lib/content/bank.server';
import { rankThemes } from './job-description';

// Realistic postings labelled before the keyword list was tuned (tests/fixtures/job-descriptions).
const DIR = 'tests/fixtures/job-descriptions';
const TOP = 5;

interface Posting {
	name: string;
	expect: string[];
	avoid: string[];
	text: string;
}

function readPostings(): Posting[] {
	return readdirSync(DIR)
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((name) => {
			const source = readFileSync(`${DIR}/${name}`, 'utf8');
			const [, head, text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
			const list = (key: string) =>
				(new RegExp(`^${key}: (.*)$`, 'm').exec(head)?.[1] ?? '')
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean);
			return { name, expect: list('expect'), avoid: list('avoid'), text };
		});
}

const postings = readPostings();
const top = (p: Posting) =>
	rankThemes(p.text, bank.keywords)
		.slice(0, TOP)
		.map((r) => r.themeId);

describe('ranking themes for realistic job descriptions', () => {
	it('has at least six labelled postings, each naming themes that exist', () => {
		expect(postings.length).toBeGreaterThanOrEqual(6);
		const ids = new Set(bank.themes.map((t) => t.id));
		for (const p of postings)
			for (const id of [...p.expect, ...p.avoid])
				expect(ids.has(id), `${p.name}: ${id}`).toBe(true);
	});

	it.each(postings)('$name: the expected themes rank in the top five', (p) => {
		expect(top(p)).toEqual(expect.arrayContaining(p.expect));
	});

	it.each(postings)('$name: themes it gives no reason for stay out of the top five', (p) => {
		for (const id of p.avoid) expect(top(p), id).not.toContain(id);
	});
});
