import { describe, expect, it } from 'vitest';
import { parseTheme } from './themes';

const good = `---
id: conflict
title: Conflict and hard conversations
order: 5
summary: How you handle disagreement.
---
Pick stories where *you* acted.

## Tell me about a time two engineers disagreed on a design. {#conflict-design-disagreement}
**Probes:** Whether you mediate or dictate.
**Strong answers:**
- You let both make their case
- You decided on criteria first
**Red flags:**
- You picked a side at once
- You let it fester
**Follow-ups:**
- What would you do differently?
**Levels:** aspiring, em

## What would you do if your manager overruled you? {#conflict-overruled}

**Probes:** Disagree and commit.

**Kind:** hypothetical

**Strong answers:**
- Argue once, clearly
- Commit visibly

**Red flags:**
- Sulking
- Undermining the decision

**Follow-ups:**
- When would you escalate?
- How did the team hear it?

**Levels:** senior-em, em
**Companies:** amazon/earn-trust, startup
**Aliases:** conflict-overruled-before
`;

const file = 'content/themes/conflict.md';
const companies = new Map([
	['amazon', new Set(['earn-trust', 'ownership'])],
	['startup', new Set<string>()]
]);
const reasons = (source: string) =>
	parseTheme(file, source, companies).problems.list.map((p) => `${p.line}: ${p.reason}`);

describe('parseTheme', () => {
	it('parses front matter, intro and questions in both compact and spaced layouts', () => {
		const { theme, problems } = parseTheme(file, good, companies);
		expect(problems.list).toEqual([]);
		expect(theme).toMatchObject({
			id: 'conflict',
			title: 'Conflict and hard conversations',
			order: 5,
			summary: 'How you handle disagreement.',
			intro: 'Pick stories where *you* acted.'
		});
		expect(theme.questions).toHaveLength(2);
		expect(theme.questions[0]).toEqual({
			id: 'conflict-design-disagreement',
			themeId: 'conflict',
			text: 'Tell me about a time two engineers disagreed on a design.',
			kind: 'behavioural',
			probes: 'Whether you mediate or dictate.',
			strongSignals: ['You let both make their case', 'You decided on criteria first'],
			redFlags: ['You picked a side at once', 'You let it fester'],
			followUps: ['What would you do differently?'],
			levels: ['aspiring', 'em'],
			companies: [],
			aliases: []
		});
		expect(theme.questions[1].kind).toBe('hypothetical');
		expect(theme.questions[1].followUps).toEqual([
			'When would you escalate?',
			'How did the team hear it?'
		]);
		expect(theme.questions[1]).toMatchObject({
			levels: ['em', 'senior-em'],
			companies: [{ company: 'amazon', value: 'earn-trust' }, { company: 'startup' }],
			aliases: ['conflict-overruled-before']
		});
	});

	it('requires known levels, listed once', () => {
		expect(reasons(good.replace('**Levels:** aspiring, em\n', ''))).toContain(
			'9: "Tell me about a time two engineers disagreed on a design." is missing "**Levels:**" (one or more of aspiring, em, senior-em)'
		);
		expect(reasons(good.replace('aspiring, em', 'aspiring, director, em, em'))).toEqual([
			'19: "em" is listed twice',
			'19: unknown level "director" (expected aspiring, em, senior-em)'
		]);
		expect(reasons(good.replace('**Levels:** aspiring, em', '**Levels:**\n- em'))).toContain(
			'19: "**Levels:**" takes a comma-separated list on the same line'
		);
	});

	it('checks company tags against the known companies and their values', () => {
		const tags = (list: string) => reasons(good.replace('amazon/earn-trust, startup', list));
		expect(tags('amazon/ownership, startup')).toEqual([]);
		expect(tags('google')).toEqual([
			'40: unknown company "google" (expected one of amazon, startup)'
		]);
		expect(tags('amazon/think-big')).toEqual([
			'40: "think-big" is not one of amazon\'s values (see content/companies/amazon.md)'
		]);
		expect(tags('amazon/earn-trust/more, Amazon')).toEqual([
			'40: "amazon/earn-trust/more" must read "company" or "company/value-id"',
			'40: "Amazon" must read "company" or "company/value-id"'
		]);
		expect(tags('startup, ')).toEqual(['40: "**Companies:**" has an empty item (a stray comma?)']);
	});

	it('reads aliases and rejects malformed ones', () => {
		const { aliasLines } = parseTheme(file, good, companies);
		expect([...aliasLines]).toEqual([['conflict-overruled-before', 41]]);
		expect(
			reasons(good.replace('conflict-overruled-before', 'Old_Id, conflict-overruled'))
		).toEqual([
			'41: alias "Old_Id" must be kebab-case',
			'41: "conflict-overruled" cannot be an alias of itself'
		]);
	});

	it('accepts Windows line endings', () => {
		expect(parseTheme(file, good.replace(/\n/g, '\r\n'), companies).problems.list).toEqual([]);
	});

	it('reports a heading without an id with its line', () => {
		const bad = good.replace(' {#conflict-overruled}', '');
		expect(reasons(bad)).toContain(
			'21: a "## " heading must end in "{#id}", e.g. "## Title {#theme-slug}"'
		);
	});

	it('reports a missing field at the question heading', () => {
		const bad = good.replace('**Probes:** Whether you mediate or dictate.\n', '');
		expect(reasons(bad)).toContain(
			'9: "Tell me about a time two engineers disagreed on a design." is missing "**Probes:**"'
		);
	});

	it('reports lists that are too short or too long', () => {
		const bad = good.replace('- You let it fester\n', '');
		expect(reasons(bad)).toContain('14: "**Red flags:**" needs 2–4 items, found 1');
		const long = good.replace('- What would you do differently?', '- a?\n- b?\n- c?\n- d?');
		expect(reasons(long)).toContain('17: "**Follow-ups:**" needs 1–3 items, found 4');
	});

	it('reports ids that are not kebab-case or lack the theme prefix', () => {
		expect(reasons(good.replace('{#conflict-overruled}', '{#Conflict_Overruled}'))).toEqual(
			expect.arrayContaining([
				'21: id "Conflict_Overruled" must be kebab-case (a-z, 0-9, -)',
				'21: question id "Conflict_Overruled" must start with the theme id "conflict-"'
			])
		);
		expect(reasons(good.replace('{#conflict-overruled}', '{#feedback-overruled}'))).toContain(
			'21: question id "feedback-overruled" must start with the theme id "conflict-"'
		);
	});

	it('reports stray text, unknown labels and a bad kind', () => {
		expect(
			reasons(good.replace('- You let it fester\n', '- You let it fester\nAnd more.\n'))
		).toContain('17: unexpected text "And more.": put it in a field or a list item');
		expect(
			reasons(good.replace('**Red flags:**\n- You picked', '**Red flag:**\n- You picked'))
		).toEqual(
			expect.arrayContaining([
				'14: unknown field "**Red flag:**" (expected Probes, Kind, Levels, Companies, Aliases, Strong answers, Red flags, Follow-ups)',
				'9: "Tell me about a time two engineers disagreed on a design." is missing "**Red flags:**"'
			])
		);
		expect(reasons(good.replace('hypothetical', 'maybe'))).toContain(
			'25: "**Kind:**" must be one of behavioural, hypothetical, approach'
		);
	});

	it('reports broken front matter', () => {
		expect(reasons(good.replace('---\nid', 'id'))[0]).toBe(
			'1: the file must start with front matter: a line "---"'
		);
		expect(reasons(good.replace('order: 5', 'order: five'))).toContain(
			'4: order must be a whole number, found "five"'
		);
		expect(reasons(good.replace('id: conflict', 'id: conflicts'))).toContain(
			'2: id "conflicts" must match the file name "conflict"'
		);
		expect(reasons(good.replace('summary: How you handle disagreement.\n', ''))).toContain(
			'1: front matter needs a non-empty "summary"'
		);
	});

	it('reports a theme with no questions', () => {
		expect(reasons(good.slice(0, good.indexOf('## ')))).toContain(
			'7: a theme needs at least one question'
		);
	});
});
