import { describe, expect, it } from 'vitest';
import type { StarPart } from '$lib/db/types';
import { phrasePattern } from './patterns';
import {
	COACH_CHECK_IDS,
	COACH_RULES,
	coachAnswer,
	type CoachOptions,
	type CoachReport
} from './rules';

type Answer = Record<StarPart, string>;
const EMPTY: Answer = { situation: '', task: '', action: '', result: '' };

/** Runs the coach and checks every trigger names its text exactly, as the panel relies on. */
function coach(parts: Partial<Answer>, options?: CoachOptions): CoachReport {
	const answer = { ...EMPTY, ...parts };
	const report = coachAnswer(answer, options);
	for (const check of report.checks)
		for (const t of check.triggers) expect(answer[t.part].slice(t.start, t.end)).toBe(t.text);
	return report;
}

const flagged = (r: CoachReport) => r.checks.filter((c) => c.status === 'flag');

/** A real, owned, measured answer of about two minutes: the coach should find nothing. */
const STRONG: Answer = {
	situation:
		'Last spring my team of six was building a new onboarding flow, due at the end of April to line up with a marketing campaign.',
	task: 'I owned the date, and the campaign money was already spent, so a miss meant paying for traffic to the old flow.',
	action:
		"In the third week of March I compared our burn-up with the scope left and saw we were three weeks behind, mostly on the identity check. That afternoon I told my manager and the marketing lead, with the numbers, and gave them three options: cut the upload step, slip three weeks, or move the campaign. I recommended the cut, since only 5% of sign-ups needed it. Marketing couldn't accept that, so we agreed to move the campaign two weeks and cut a smaller piece. I re-planned with the team, took one engineer off on-call for a month, and set up a check-in twice a week with the vendor that had been blocking us.",
	result:
		'We shipped on May 14th, two weeks late, and marketing moved their spend with nothing wasted. Sign-up completion went from 61% to 74% in the first month. Looking back, I should have spiked the vendor work in week one; now I always schedule the riskiest piece first.'
};

const HYPOTHETICAL: Partial<Answer> = {
	situation: 'On my team people disagree about frameworks and architecture pretty often.',
	task: 'My job is to make sure those disagreements do not slow us down.',
	action:
		"I would sit them down together and get each one to walk through their reasoning. I'd ask them to write up the trade-offs, and if they still can't agree, I'll make the call myself and explain why.",
	result: 'That approach generally works well and the team respects the decision.'
};

describe('coachAnswer', () => {
	it('finds nothing to fix in a strong answer', () => {
		const r = coach(STRONG);
		expect(r.state).toBe('judged');
		expect(flagged(r)).toEqual([]);
		expect(r.mustFix + r.polish).toBe(0);
		expect(r.checks.map((c) => c.id).sort()).toEqual([...COACH_CHECK_IDS].sort());
	});

	it('leads with must-fix findings, each naming its flaw, then polish, then the rest', () => {
		const r = coach(HYPOTHETICAL, { question: { themeId: 'conflict', kind: 'behavioural' } });
		const order = r.checks.map((c) =>
			c.status !== 'flag' ? 2 : c.severity === 'must-fix' ? 0 : 1
		);
		expect(order).toEqual([...order].sort());
		expect(r.checks[0]).toMatchObject({
			id: 'real-story',
			status: 'flag',
			severity: 'must-fix',
			title: 'Hypothetical, not a real story'
		});
		expect(r.checks[0].triggers.map((t) => t.text)).toContain('I would');
		expect(r.mustFix).toBe(flagged(r).filter((c) => c.severity === 'must-fix').length);
		for (const c of r.checks) {
			expect(c.why).not.toBe('');
			expect(c.detail).not.toMatch(/\n/);
			expect(c.severity === null).toBe(c.status !== 'flag');
		}
	});

	it('points a finding at the question’s own red flag', () => {
		const r = coach(
			{
				...STRONG,
				action:
					"We were set up to fail: the platform team kept pushing back our dependency and my director didn't back me. I escalated twice.",
				result: 'We launched in January instead, eight weeks late.'
			},
			{
				question: {
					themeId: 'failure',
					redFlags: ['Picks a trivial failure.', 'Blames the team or circumstances for everything.']
				}
			}
		);
		const blame = r.checks.find((c) => c.id === 'accountability');
		expect(blame).toMatchObject({ status: 'flag', redFlag: 1 });
		expect(r.checks.find((c) => c.id === 'length')?.redFlag).toBeNull();
	});

	it('says "start writing" for nothing, "keep going" for a fragment', () => {
		for (const nothing of [EMPTY, { action: '   \n ' }, {}])
			expect(coach(nothing)).toMatchObject({ state: 'empty', checks: [], mustFix: 0 });
		expect(coach({ action: 'Hello' })).toMatchObject({ state: 'short', words: 1, checks: [] });
		expect(coach({ action: '🙂🙂🙂' })).toMatchObject({ state: 'short', words: 0 });
	});

	it('says the checks read English only instead of flagging another language', () => {
		const r = coach({
			situation: 'Ich war Teamleiter in einem Projekt mit sechs Entwicklern.',
			action:
				'Ich habe mit beiden Entwicklern einzeln gesprochen und dann gemeinsam eine Entscheidung getroffen. Ich habe den Plan aufgeschrieben.',
			result: 'Wir haben pünktlich geliefert und das Team war zufrieden.'
		});
		expect(r).toMatchObject({ state: 'not-english', checks: [] });
	});

	it('never throws on odd input', () => {
		const odd: unknown[] = [
			{},
			{ action: null, result: 42 },
			{ action: '<script>alert(1)</script><b>I shipped it</b>' },
			{ action: '🚀'.repeat(500) },
			{ action: 'I '.repeat(20_000) },
			{ action: '\u0000\uFFFF\uD800 I did it.' }
		];
		for (const answer of odd) expect(() => coachAnswer(answer as Partial<Answer>)).not.toThrow();
		expect(() => coachAnswer(null as unknown as Answer)).not.toThrow();
	});

	it('reads a 5,000-word answer and says it is far too long', () => {
		const r = coach({ ...STRONG, action: `${STRONG.action} `.repeat(45) });
		expect(r.words).toBeGreaterThan(5000);
		expect(r.checks[0]).toMatchObject({
			id: 'length',
			severity: 'must-fix',
			title: 'Far too long'
		});
	});

	it('ignores invalid speaking rates and targets', () => {
		const r = coach(STRONG, { wordsPerMinute: 0, targetSeconds: NaN });
		expect(r.checks.find((c) => c.id === 'length')?.detail).toMatch(/at 140 wpm \(target 2 min\)$/);
	});
});

describe('COACH_RULES', () => {
	it('compiles each word list once and reuses it', () => {
		expect(phrasePattern(COACH_RULES.realStory.hypothetical)).toBe(
			phrasePattern(COACH_RULES.realStory.hypothetical)
		);
	});

	it('has no capturing groups in its phrase lists, which share one pass by group', () => {
		const lists = [
			COACH_RULES.realStory.hypothetical,
			COACH_RULES.realStory.past,
			COACH_RULES.accountability.blame,
			COACH_RULES.accountability.owned,
			COACH_RULES.outcome.change,
			COACH_RULES.outcome.states,
			COACH_RULES.reflection.phrases
		];
		for (const list of lists) for (const phrase of list) expect(phrase).not.toMatch(/\((?!\?)/);
	});
});
