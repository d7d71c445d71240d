import { describe, expect, it } from 'vitest';
import type { StarPart } from '$lib/db/types';
import { COACH_RULES, type CoachFinding } from './rules';
import {
	checkAccountability,
	checkOutcome,
	checkOwnership,
	checkRealStory,
	checkReflection,
	checkRelevance
} from './story-checks';

type Answer = Record<StarPart, string>;
const EMPTY: Answer = { situation: '', task: '', action: '', result: '' };
const texts = (f: CoachFinding) => f.triggers.map((t) => t.text);

/** Every trigger must name its text exactly, as the coach panel relies on. */
function exact(answer: Partial<Answer>, f: CoachFinding): CoachFinding {
	for (const t of f.triggers) expect((answer[t.part] ?? '').slice(t.start, t.end)).toBe(t.text);
	return f;
}

describe('real story', () => {
	const run = (action: string, kind?: 'behavioural' | 'hypothetical' | 'approach') =>
		exact({ action }, checkRealStory(action, kind && { kind }, COACH_RULES.realStory));

	it('flags an Action that says what you would or usually do, quoting "I would"', () => {
		const f = run(
			"What I'd do is sit them down together. I would usually ask each of them to write up the trade-offs, and you want to keep it about the data."
		);
		expect(f).toMatchObject({ status: 'flag', severity: 'must-fix' });
		expect(texts(f)).toEqual(["I'd", 'I would', 'usually', 'you']);
	});

	it('flags a habitual answer told with "you" and "tend to"', () => {
		const f = run(
			"When you see someone working late, you pull them aside and ask how they're doing. I tend to take things off their plate."
		);
		expect(f.status).toBe('flag');
	});

	it('passes a real story, even with the odd "would" and "I\'d" meaning "I had"', () => {
		const f = run(
			"I'd let the argument run through two design reviews, so I met each of them one to one. Tom worried he'd be the one paged, so I asked them to agree on a load test and I made the call when it held. I told them we'd revisit at ten times the volume."
		);
		expect(f.status).toBe('pass');
		expect(f.triggers).toEqual([]);
	});

	it('does not count the filler "you know"', () => {
		expect(run('So I went to him, you know, and I asked what was going on.').status).toBe('pass');
	});

	it('leaves "What would you do" questions alone and asks "How do you" ones for one example', () => {
		expect(run('I would first talk to the manager.', 'hypothetical').status).toBe('skip');
		const approach = run(
			'I usually start with a one-to-one and I tend to write it down.',
			'approach'
		);
		expect(approach).toMatchObject({
			status: 'flag',
			severity: 'polish',
			title: 'No real example'
		});
		expect(
			run('I usually start with a one-to-one. Last spring I did that with Ana.', 'approach').status
		).toBe('pass');
	});

	it('waits for an Action', () => {
		expect(run('').status).toBe('empty');
	});
});

describe('accountability', () => {
	const run = (parts: Partial<Answer>, probed = true) => {
		const answer = { ...EMPTY, ...parts };
		return exact(answer, checkAccountability(answer, probed, COACH_RULES.accountability));
	};

	it('flags blame when the answer owns no mistake, marking the blaming words', () => {
		const f = run({
			situation: 'Honestly, we were set up to fail from the start.',
			action:
				"The platform team kept pushing back our dependency, and my director didn't back me. If the platform team had delivered their API on time, we would have made it.",
			result: "The lesson was to get it in writing, so it's clear who's accountable."
		});
		expect(f).toMatchObject({ status: 'flag', severity: 'must-fix' });
		expect(texts(f)).toEqual([
			'set up to fail',
			'kept pushing back',
			"didn't back me",
			'If the platform team had delivered',
			"who's accountable"
		]);
	});

	it('flags other ways of putting it on others', () => {
		for (const action of [
			'The SRE team threw us under the bus in the postmortem.',
			'Their monitoring should have caught it an hour earlier, and it was their alert.',
			'They dropped the ball on the migration.',
			"Frankly it was out of my hands, there wasn't much I could do."
		])
			expect(run({ action }).status, action).toBe('flag');
	});

	it('passes when the answer owns a mistake, even beside blame', () => {
		const f = run({
			action:
				"Product kept changing the scope on us, but I made a mistake too: I hadn't tested it with the mobile team.",
			result: 'I should have asked them first.'
		});
		expect(f.status).toBe('pass');
		expect(texts(f)).toEqual(['I made a mistake', "I hadn't", 'I should have']);
	});

	it('does not take describing the other side for blame', () => {
		const f = run({
			action:
				"Tom refused to budge at first because he'd been paged for it before, so I asked what would change his mind. He had a point about on-call, and I told him so."
		});
		expect(f.status).toBe('pass');
	});

	it('only reads questions that probe it', () => {
		expect(run({ action: 'We were set up to fail.' }, false).status).toBe('skip');
	});
});

describe('outcome', () => {
	const run = (result: string) => exact({ result }, checkOutcome(result, COACH_RULES.outcome));

	it.each([
		['Sign-up completion went from 61% to 74% in the first month.', 'from 61% to'],
		['Indexer pages dropped from six to one over the year.', 'dropped from six to one'],
		['Review waits went from about two days to under half a day.', 'from about two days to'],
		['The next two filters took three weeks each, down from about eight.', 'down from'],
		['There were no flag-related outages in the following year.', 'no flag-related outages'],
		['She was promoted to senior that cycle.', 'promoted'],
		['Both renewals closed and the bank signed a month later.', 'closed'],
		['We shipped on May 14th, two weeks late.', 'shipped'],
		['Month-end processing has stayed under five minutes since.', 'stayed under'],
		["She's still on the team two years later.", 'still on'],
		['Costs fell 30% and we saved $40k a year.', 'fell 30']
	])('passes “%s”', (result, found) => {
		const f = run(result);
		expect(f.status).toBe('pass');
		expect(texts(f).join(' | ')).toContain(found.split(' ')[0]);
	});

	it('flags a Result that only counts activity, quoting the counts', () => {
		const f = run(
			'Over six months the two engineers closed 140 tickets, we held twelve demos for the product team, and I ran four workshops.'
		);
		expect(f).toMatchObject({ status: 'flag', severity: 'must-fix' });
		expect(texts(f)).toEqual(['closed 140 tickets', 'held twelve demos', 'ran four workshops']);
		expect(f.detail).toMatch(/^Result counts activity/);
	});

	it('flags a vague Result, and numbers that only name people or days', () => {
		for (const result of [
			'The project went well and everyone was happy with the decision.',
			'Things improved over the next couple of months.',
			'The two engineers were happier after Black Friday.'
		])
			expect(run(result).status, result).toBe('flag');
	});

	it('waits for a Result', () => {
		expect(run('').status).toBe('empty');
	});
});

describe('ownership', () => {
	const run = (action: string) => exact({ action }, checkOwnership(action, COACH_RULES.ownership));

	it('must fix an Action with no "I", marking each "we"', () => {
		const f = run('We had a few meetings and we agreed REST was simpler. The team shipped it.');
		expect(f).toMatchObject({ status: 'flag', severity: 'must-fix' });
		expect(f.detail).toBe('“we” twice, “I” never in Action: say what you did yourself');
		expect(texts(f)).toEqual(['We', 'we']);
	});

	it('polishes a little more "we" than "I", must-fixes far more', () => {
		expect(run('I asked for a review. We agreed the plan and we shipped it.')).toMatchObject({
			status: 'flag',
			severity: 'polish'
		});
		expect(run('I asked. We met, we argued, we agreed and we shipped.').severity).toBe('must-fix');
	});

	it('does not count "I\'d" or "I\'ll" as doing, nor "our" as the team acting', () => {
		expect(run("I'd sit them down and I'll decide. We would talk.").status).toBe('flag');
		expect(run("I'd sit them down and I'll decide.").status).toBe('skip');
		const f = run('I pulled our last twenty tickets and I wrote a proposal for our director.');
		expect(f.status).toBe('pass');
		expect(f.detail).toBe('“we” never, “I” twice in Action');
	});

	it('asks for "I" when no one acts', () => {
		expect(run('Set up a rota. Rewrote the runbook.').detail).toBe(
			'Action never says “I”: say what you did yourself.'
		);
	});
});

describe('relevance', () => {
	const promoted = { text: 'Tell me about a time you got someone promoted.' };
	const run = (action: string, question: { text: string } = promoted) =>
		checkRelevance(action, question, COACH_RULES.relevance);

	it('flags a person question whose Action is about a system', () => {
		const f = run(
			'I mapped where the failures came from, I worked with our staff engineer on a design to split the queue, and I ran the project in two-week milestones.'
		);
		expect(f).toMatchObject({ status: 'flag', severity: 'polish' });
	});

	it('passes when the Action is about a person, by pronoun, name or role', () => {
		expect(run('I gave her the lead on the auth move.').status).toBe('pass');
		expect(run('I asked Dana to present the design.').status).toBe('pass');
		expect(run('I met my report every week to plan the case.').status).toBe('pass');
	});

	it('does not apply to questions about no one person', () => {
		const q = { text: 'Describe a deadline your team missed.' };
		expect(run('We moved the date.', q).status).toBe('skip');
	});
});

describe('reflection', () => {
	const run = (parts: Partial<Answer>, text?: string) => {
		const answer = { ...EMPTY, ...parts };
		return exact(
			answer,
			checkReflection(answer, text ? { text } : undefined, COACH_RULES.reflection)
		);
	};

	it.each([
		['What I took from it is to step in after the first stalemate.', 'What I took from'],
		['These days I ask for the criteria first.', 'These days I'],
		['Since then, I check every report’s on-call load.', 'Since then, I'],
		['Looking back, I should have pushed for a spike.', 'Looking back'],
		['The part I’d change: I waited two weeks.', 'The part I’d change'],
		["I've reused the paired session for every role since.", "I've reused"],
		['It made me much more willing to hold the line.', 'made me much'],
		['My takeaway was to concede our part first.', 'takeaway']
	])('finds “%s”', (result, phrase) => {
		const f = run({ result });
		expect(f.status).toBe('pass');
		expect(texts(f)[0]).toBe(phrase);
	});

	it('is not fooled by "I realised" about the events', () => {
		const f = run({ result: 'I realised in mid-October that we were three weeks behind.' });
		expect(f).toMatchObject({ status: 'flag', severity: 'polish' });
	});

	it('must fix a missing lesson when the question asks for one', () => {
		const f = run(
			{ result: 'We hired two engineers.' },
			'Tell me about a hire that did not work out. What did it teach you about how you hire?'
		);
		expect(f.severity).toBe('must-fix');
	});

	it('finds reflection in any part, and waits for a Result before flagging', () => {
		expect(run({ action: 'Looking back, I moved too slowly.' }).status).toBe('pass');
		expect(run({ action: 'I moved.' }).status).toBe('empty');
	});
});
