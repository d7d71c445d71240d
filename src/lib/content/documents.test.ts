import { describe, expect, it } from 'vitest';
import { parseNarrative, parseQuestionsToAsk, parseReadiness, parseRubric } from './documents';

const head = '---\ntitle: T\nsummary: S\n---\n';
const lines = (list: { line: number; reason: string }[]) =>
	list.map((p) => `${p.line}: ${p.reason}`);

describe('parseNarrative', () => {
	const narrative = `${head}Intro.

## The 60-second version {#sixty-seconds}
Say it in a minute.

**Target:** 60

**Prompts:**
- Who are you?
- Why now?
`;
	it('reads sections with a target and prompts', () => {
		const { doc, problems } = parseNarrative('content/narrative.md', narrative);
		expect(problems.list).toEqual([]);
		expect(doc).toEqual({
			title: 'T',
			summary: 'S',
			intro: 'Intro.',
			sections: [
				{
					id: 'sixty-seconds',
					title: 'The 60-second version',
					description: 'Say it in a minute.',
					targetSeconds: 60,
					prompts: ['Who are you?', 'Why now?']
				}
			]
		});
	});

	it('rejects a target that is not a number of seconds and a missing description', () => {
		const bad = narrative
			.replace('**Target:** 60', '**Target:** a minute')
			.replace('Say it in a minute.\n', '');
		expect(lines(parseNarrative('n.md', bad).problems.list)).toEqual([
			'7: "The 60-second version" needs a short description under it',
			'9: "**Target:**" must be a whole number of seconds'
		]);
	});

	it('rejects duplicate section ids', () => {
		const twice = narrative + '\n## Again {#sixty-seconds}\nText.\n**Prompts:**\n- a\n- b\n';
		expect(lines(parseNarrative('n.md', twice).problems.list)).toEqual([
			'16: duplicate id "sixty-seconds"'
		]);
	});
});

describe('parseRubric', () => {
	const rubric = `${head}
## Personal ownership {#ownership}
Whose actions the answer describes.

**1:** Only "we".
**3:** Some "I".
**5:** Clear personal decisions.
`;
	it('reads the 1, 3 and 5 levels', () => {
		const { doc, problems } = parseRubric('content/rubric.md', rubric);
		expect(problems.list).toEqual([]);
		expect(doc.sections[0].levels).toEqual({
			1: 'Only "we".',
			3: 'Some "I".',
			5: 'Clear personal decisions.'
		});
	});

	it('reads how to judge a hypothetical answer, when the criterion says', () => {
		expect(parseRubric('r.md', rubric).doc.sections[0].hypothetical).toBeUndefined();
		const withVariant = `${rubric}**Hypothetical:** Who you would own it with.\n`;
		const { doc, problems } = parseRubric('r.md', withVariant);
		expect(problems.list).toEqual([]);
		expect(doc.sections[0].hypothetical).toBe('Who you would own it with.');
		expect(lines(parseRubric('r.md', `${rubric}**Hypothetical:**\n`).problems.list)).toEqual([
			'12: "**Hypothetical:**" needs text on the same line'
		]);
	});

	it('reports a missing level', () => {
		const bad = rubric.replace('**3:** Some "I".\n', '');
		expect(lines(parseRubric('r.md', bad).problems.list)).toEqual([
			'6: "Personal ownership" is missing "**3:**"'
		]);
	});
});

describe('parseReadiness', () => {
	it('reads skills with prompts and rejects an empty file', () => {
		const ok = `${head}## Active listening {#listening}\nHearing people out.\n**Prompts:**\n- When?\n- How?\n`;
		expect(parseReadiness('r.md', ok).doc.sections[0].prompts).toEqual(['When?', 'How?']);
		expect(lines(parseReadiness('r.md', head).problems.list)).toEqual([
			'1: the file needs at least one "## Title {#id}" section'
		]);
	});

	it('reads what 1, 3 and 5 mean, all three or none', () => {
		const skill = `${head}## Hiring {#hiring}\nBuilding the team.\n**1:** Never.\n**3:** Often.\n**5:** Owns loops.\n**Prompts:**\n- When?\n- How?\n`;
		expect(parseReadiness('r.md', skill).doc.sections[0].levels).toEqual({
			1: 'Never.',
			3: 'Often.',
			5: 'Owns loops.'
		});
		expect(
			lines(parseReadiness('r.md', skill.replace('**3:** Often.\n', '')).problems.list)
		).toEqual(['5: "Hiring" is missing "**3:**"']);
	});
});

describe('parseQuestionsToAsk', () => {
	const ask = `${head}Ask well.

## The hiring manager {#hiring-manager}
The person you would report to.

**Ask:**
- **What does success look like?** Whether they know why the role exists.
- **Why is the role open?** Growth is a good sign.
- **How do you support new managers?** Look for a mentor and *regular* 1:1s.
`;
	it('reads each interviewer with questions and what the answers tell you', () => {
		const { doc, problems } = parseQuestionsToAsk('content/questions-to-ask.md', ask);
		expect(problems.list).toEqual([]);
		expect(doc.sections[0]).toEqual({
			id: 'hiring-manager',
			title: 'The hiring manager',
			description: 'The person you would report to.',
			items: [
				{
					question: 'What does success look like?',
					tells: 'Whether they know why the role exists.'
				},
				{ question: 'Why is the role open?', tells: 'Growth is a good sign.' },
				{
					question: 'How do you support new managers?',
					tells: 'Look for a mentor and *regular* 1:1s.'
				}
			]
		});
	});

	it('reports an item that is not a bold question followed by what it tells you', () => {
		const bad = ask.replace('- **Why is the role open?** Growth', '- Why is the role open? Growth');
		const { problems } = parseQuestionsToAsk('content/questions-to-ask.md', bad);
		expect(lines(problems.list)).toEqual([
			'12: "Why is the role open? Growth is a good s…" must read "**The question?** What the answer tells you."'
		]);
		const short = ask.replace(/- \*\*Why.*\n/, '').replace(/- \*\*How.*\n/, '');
		expect(lines(parseQuestionsToAsk('f', short).problems.list)).toEqual([
			'10: "**Ask:**" needs 3–8 items, found 1'
		]);
	});
});
