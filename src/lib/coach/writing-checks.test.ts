import { describe, expect, it } from 'vitest';
import { countWords } from '$lib/answers/star-stats';
import type { StarPart } from '$lib/db/types';
import { COACH_RULES, type CoachFinding } from './rules';
import { checkHedging, checkJargon, checkLongSentences } from './writing-checks';

type Answer = Record<StarPart, string>;
const EMPTY: Answer = { situation: '', task: '', action: '', result: '' };
const texts = (f: CoachFinding) => f.triggers.map((t) => t.text);

function exact(answer: Answer, f: CoachFinding): CoachFinding {
	for (const t of f.triggers) expect(answer[t.part].slice(t.start, t.end)).toBe(t.text);
	return f;
}

describe('hedging', () => {
	const run = (action: string) => {
		const answer = { ...EMPTY, action };
		return exact(answer, checkHedging(answer, countWords(action), COACH_RULES.hedging));
	};

	it('flags "basically" and "kind of" together, marking each', () => {
		const f = run('So basically I kind of took over the plan and told my manager that week.');
		expect(f).toMatchObject({ status: 'flag', severity: 'polish' });
		expect(texts(f)).toEqual(['basically', 'kind of']);
	});

	it('hears "I guess", "maybe" and "sort of" as hedges, in any case and across line breaks', () => {
		const f = run('I Guess we could maybe have moved sooner. I sort\nof negotiated it.');
		expect(texts(f)).toEqual(['I Guess', 'maybe', 'sort\nof']);
	});

	it('passes one hedge, and leaves plain intensifiers alone', () => {
		expect(run('I really did ask him first, and I think it helped.').status).toBe('pass');
		expect(run('It was just a very late night, actually.').triggers).toEqual([]);
	});

	it('does not count "kind of" as a noun', () => {
		expect(
			run('I ask what kind of input someone wants; this kind of outage is rare.').triggers
		).toEqual([]);
	});

	it('judges a long answer by how often it hedges', () => {
		const long = `${'I moved the date and told the team. '.repeat(60)}Maybe it was late, I guess.`;
		expect(run(long).status).toBe('pass');
	});
});

describe('long sentences', () => {
	const run = (action: string) => {
		const answer = { ...EMPTY, action };
		return exact(answer, checkLongSentences(answer, COACH_RULES.longSentences));
	};
	const rambling =
		'I went to the director and explained that the team had been working on the migration for several months and that although we had made real progress on the ledger service there was still a lot of risk in the reconciliation jobs that nobody had looked at properly.';

	it('flags several long, hard-to-follow sentences and marks them', () => {
		const f = run(`${rambling} Short one. ${rambling}`);
		expect(f).toMatchObject({ status: 'flag', severity: 'polish' });
		expect(texts(f)).toEqual([rambling, rambling]);
	});

	it('lets one long sentence pass', () => {
		expect(run(`${rambling} Then I asked for a week.`).status).toBe('pass');
	});

	it('does not count a spoken list, however long', () => {
		const list =
			'So I did three things: I stopped approving designs myself, I set up a review rota where the senior engineers signed off, I moved myself off the required reviewers list, and I told the team in our retro what I had heard and what I was changing.';
		expect(run(`${list} ${list}`).status).toBe('pass');
	});
});

describe('jargon', () => {
	const run = (action: string, list: readonly string[] = COACH_RULES.jargon.starter) => {
		const answer = { ...EMPTY, action };
		return exact(answer, checkJargon(answer, list, COACH_RULES.jargon));
	};

	it('flags the starter list with simple stemming', () => {
		const f = run(
			'I leveraged our planning framework to socialize the trade-offs, then circled back to move the needle with some synergies.'
		);
		expect(f).toMatchObject({ status: 'flag', severity: 'polish' });
		expect(texts(f)).toEqual([
			'leveraged',
			'socialize',
			'circled back',
			'move the needle',
			'synergies'
		]);
		expect(f.detail).toBe('5 buzzwords: say what actually happened instead.');
	});

	it('passes a single buzzword, and plain words that share a stem with none', () => {
		expect(run('I had no bandwidth left that quarter.').status).toBe('pass');
		expect(run('The lever was the release train; levels were fine.').triggers).toEqual([]);
	});

	it('uses the list the user saved, and skips an empty one', () => {
		const f = run('We shipped the K8s migration and the k8s dashboards.', ['K8s']);
		expect(texts(f)).toEqual(['K8s', 'k8s']);
		expect(run('We leveraged synergy.', []).status).toBe('skip');
	});
});
