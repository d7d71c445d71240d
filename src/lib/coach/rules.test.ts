import { describe, expect, it } from 'vitest';
import type { StarPart } from '$lib/db/types';
import {
	COACH_CHECK_IDS,
	COACH_RULES,
	coachAnswer,
	highlightRanges,
	type CoachCheck,
	type CoachCheckId,
	type CoachOptions
} from './rules';

type Answer = Record<StarPart, string>;

const EMPTY: Answer = { situation: '', task: '', action: '', result: '' };
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

/** Runs the coach and checks every trigger names its text exactly, as the highlighter relies on. */
function coach(parts: Partial<Answer>, options?: CoachOptions): CoachCheck[] {
	const answer = { ...EMPTY, ...parts };
	const checks = coachAnswer(answer, options);
	for (const check of checks)
		for (const t of check.triggers) expect(answer[t.part].slice(t.start, t.end)).toBe(t.text);
	return checks;
}

function check(id: CoachCheckId, parts: Partial<Answer>, options?: CoachOptions): CoachCheck {
	const found = coach(parts, options).find((c) => c.id === id);
	if (!found) throw new Error(`no ${id} check`);
	return found;
}

const texts = (c: CoachCheck) => c.triggers.map((t) => t.text);

/** A balanced answer of about 160 words (just over a minute) that passes every check. */
const GOOD: Answer = {
	situation: 'Our payments team missed three releases in a row after a reorg.',
	task: 'As the new manager I had to get delivery back on track.',
	action: [
		'I met each engineer one to one to hear where work got stuck.',
		'I found that reviews waited on a single senior engineer, so I paired him with two others.',
		'I set up a review rota and I asked the product lead to cut the backlog to the top ten items.',
		'Every Friday I shared a one page update with the director, and I raised risks early.',
		'When the rota slipped I covered reviews myself for a fortnight until it settled in.',
		'I also wrote down with the team what done meant for each ticket, so nobody had to guess when a review was finished.'
	].join(' '),
	result:
		'Within 6 weeks we shipped on schedule again and lead time fell by 40%. I learned to look at how work flows before I look at people.'
};

describe('coachAnswer', () => {
	it('returns every check, in order, with a title and a reason', () => {
		const checks = coach(GOOD);
		expect(checks.map((c) => c.id)).toEqual([...COACH_CHECK_IDS]);
		for (const c of checks) {
			expect(c.title).not.toBe('');
			expect(c.why).not.toBe('');
			expect(c.detail).not.toMatch(/\n/);
		}
	});

	it('passes a balanced, owned, measured answer', () => {
		const statuses = Object.fromEntries(coach(GOOD).map((c) => [c.id, c.status]));
		expect(statuses).toEqual(Object.fromEntries(COACH_CHECK_IDS.map((id) => [id, 'pass'])));
	});

	it('does not nag or throw on an empty draft', () => {
		const checks = coach(EMPTY, { jargon: ['synergy'] });
		for (const c of checks) {
			expect(c.status).toBe('empty');
			expect(c.triggers).toEqual([]);
		}
		expect(() => coachAnswer({} as Answer)).not.toThrow();
		expect(check('jargon', EMPTY).status).not.toBe('flag');
	});

	it('ignores invalid speaking rates and targets', () => {
		const c = check('length', { action: words(280) }, { wordsPerMinute: 0, targetSeconds: NaN });
		expect(c.detail).toBe('About 2 min spoken at 140 wpm (target 2 min)');
	});
});

describe('ownership', () => {
	it('flags "we" outnumbering "I" in Action and marks each "we" form', () => {
		const action =
			'We planned the migration. Our team wrote tests, I reviewed them and we shipped.';
		const c = check('ownership', { action });
		expect(c.status).toBe('flag');
		expect(c.detail).toBe('“we/us/our” 3 times, “I/me/my” once in Action');
		expect(texts(c)).toEqual(['We', 'Our', 'we']);
		expect(c.triggers.every((t) => t.part === 'action')).toBe(true);
	});

	it('flags an Action with no "I" at all', () => {
		const c = check('ownership', { action: 'Set up a rota. Rewrote the runbook.' });
		expect(c.status).toBe('flag');
		expect(c.detail).toBe('“we/us/our” never, “I/me/my” never in Action');
	});

	it('passes when "I" carries the Action, counting curly and straight contractions once', () => {
		const c = check('ownership', {
			action: 'I’m the one who called it. I’ve since run the retro with us all, and I'
		});
		expect(c.status).toBe('pass');
		expect(c.detail).toBe('“we/us/our” once, “I/me/my” 3 times in Action');
		expect(texts(c)).toEqual(['us']);
	});

	it('reads "we’ve" as one "we" form and "US" as the country', () => {
		const c = check('ownership', { action: 'We’ve grown in the US. I hired; we’d planned it.' });
		expect(texts(c)).toEqual(['We’ve', 'we’d']);
		expect(c.status).toBe('flag');
	});

	it('ignores "we" outside Action and waits for an Action', () => {
		expect(check('ownership', { situation: 'we we we' }).status).toBe('empty');
		expect(check('ownership', { situation: 'we we we', action: 'I fixed it.' }).status).toBe(
			'pass'
		);
	});
});

describe('evidence', () => {
	it('flags a Result with no numbers, without triggers', () => {
		const c = check('evidence', { result: 'The team was much happier and shipped faster.' });
		expect(c.status).toBe('flag');
		expect(c.detail).toBe('No numbers, dates or durations in Result.');
		expect(c.triggers).toEqual([]);
	});

	it('finds percentages, money, quarters, durations and multipliers', () => {
		const result =
			'By Q3 we cut costs by $2m, 40% fewer pages in 3 weeks, two months early; latency halved.';
		const c = check('evidence', { result });
		expect(c.status).toBe('pass');
		expect(texts(c)).toEqual(['Q3', '$2m', '40%', '3 weeks', 'two months', 'halved']);
		expect(c.detail).toBe('Found “Q3”, “$2m”, “40%”, “3 weeks” and 2 more in Result');
	});

	it('keeps a number with its units and hyphens', () => {
		const c = check('evidence', {
			result: 'Saved 2 million dollars, a 3-week rollout, 3.5x faster, doubled output in March.'
		});
		expect(texts(c)).toEqual(['2 million dollars', '3-week', '3.5x', 'doubled', 'March']);
	});

	it('does not count words that only look like numbers', () => {
		const result = [
			'1. Often the S3 bucket and EC2 box were fine.',
			'2) Weekly 1:1s went well and one of them may stay.'
		].join('\n');
		expect(check('evidence', { result }).status).toBe('flag');
	});

	it('looks only at Result and waits for one', () => {
		expect(check('evidence', { action: 'I cut costs by 40%.' }).status).toBe('empty');
	});
});

describe('reflection', () => {
	it('flags a Result without learning or hindsight', () => {
		const c = check('reflection', { result: 'We shipped on time.' });
		expect(c.status).toBe('flag');
		expect(c.triggers).toEqual([]);
	});

	it.each([
		['I learned to ask earlier.', 'I learned'],
		['In hindsight, I would do differently: hire sooner.', 'In hindsight'],
		['Next time I will write it down.', 'Next time'],
		['It taught me patience.', 'taught me'],
		['Since then, I always check.', 'Since then, I'],
		['Now I always pair new leads.', 'Now I always'],
		['What I’d do differently is plan.', 'I’d do differently']
	])('finds “%s”', (result, phrase) => {
		const c = check('reflection', { result });
		expect(c.status).toBe('pass');
		expect(texts(c)[0]).toBe(phrase);
		expect(c.detail).toContain('in Result');
	});

	it('finds reflection in any part, and waits for a Result before flagging', () => {
		const c = check('reflection', { action: 'Looking back, I moved too slowly.' });
		expect(c.status).toBe('pass');
		expect(c.triggers[0]).toMatchObject({ part: 'action', start: 0, text: 'Looking back' });
		expect(check('reflection', { action: 'I moved.' }).status).toBe('empty');
	});
});

describe('shape', () => {
	it('waits for enough words', () => {
		const c = check('shape', { situation: words(10), action: words(20) });
		expect(c.status).toBe('empty');
		expect(c.detail).toBe('Balance is judged from 60 words; 30 so far.');
	});

	it('passes a short set-up with Action at about 60%', () => {
		const c = check('shape', {
			situation: words(10),
			task: words(10),
			action: words(60),
			result: words(20)
		});
		expect(c.status).toBe('pass');
		expect(c.detail).toBe('Set-up 20%, Action 60%, Result 20% of 100 words');
	});

	it('flags a long set-up or a thin Action', () => {
		const longSetup = check('shape', {
			situation: words(30),
			action: words(60),
			result: words(10)
		});
		expect(longSetup.status).toBe('flag');
		expect(longSetup.detail).toContain('aim: set-up under 20%, Action about 60%');
		const thinAction = check('shape', {
			situation: words(10),
			task: words(10),
			action: words(40),
			result: words(40)
		});
		expect(thinAction.status).toBe('flag');
	});
});

describe('length', () => {
	it('passes near the target and flags over 180 s by default', () => {
		expect(check('length', { action: words(280) }).status).toBe('pass');
		const long = check('length', { action: words(440) });
		expect(long.status).toBe('flag');
		expect(long.detail).toBe('About 3 min 9 s spoken at 140 wpm: over 3 min (target 2 min)');
	});

	it('flags a short answer once there is text', () => {
		expect(check('length', {}).status).toBe('empty');
		const c = check('length', { action: words(100) });
		expect(c.status).toBe('flag');
		expect(c.detail).toContain('under 1 min');
	});

	it('uses the speaking rate and target given', () => {
		expect(check('length', { action: words(440) }, { wordsPerMinute: 200 }).status).toBe('pass');
		expect(check('length', { action: words(280) }, { targetSeconds: 60 }).status).toBe('flag');
	});
});

describe('hedging', () => {
	it('passes a couple and flags more, marking each occurrence', () => {
		expect(check('hedging', { action: 'I just asked. It was really late.' }).status).toBe('pass');
		const action = 'I just sort of asked. It was really, basically, just late.';
		const c = check('hedging', { action });
		expect(c.status).toBe('flag');
		expect(texts(c)).toEqual(['just', 'sort of', 'really', 'basically', 'just']);
		expect(c.detail).toBe('“just” twice, “sort of” once, “really” once, “basically” once');
	});

	it('matches whole words in any case, and phrases across line breaks', () => {
		const c = check('hedging', {
			action: 'Justice, adjusted, JUST. Kind\nof. I think maybe. I Guess.'
		});
		expect(texts(c)).toEqual(['JUST', 'Kind\nof', 'I think maybe', 'I Guess']);
	});

	it('does not count "kind of" used as a noun, or "just" inside a hyphenated word', () => {
		const c = check('hedging', { action: 'This kind of outage needs a just-in-time fix.' });
		expect(c.triggers).toEqual([]);
		expect(c.detail).toBe('No hedges or filler.');
	});
});

describe('long sentences', () => {
	it('flags sentences over the limit and marks them exactly', () => {
		const long = `I ${words(COACH_RULES.longSentences.maxWords, 'then')} stopped.`;
		const c = check('long-sentences', { action: `Short one. ${long} Another short one.` });
		expect(c.status).toBe('flag');
		expect(texts(c)).toEqual([long]);
		expect(c.detail).toBe('One sentence over 35 words; the longest, in Action, has 37');
	});

	it('passes short sentences; decimals and list lines do not merge or split them wrongly', () => {
		const c = check('long-sentences', {
			result: `- ${words(30)}\n- ${words(30)}\n1. Cut p99 by 3.5 seconds. ${words(30)}.`
		});
		expect(c.status).toBe('pass');
		expect(c.detail).toBe('Longest sentence 30 words (limit 35)');
	});
});

describe('jargon', () => {
	it('passes with no list', () => {
		const c = check('jargon', { action: 'We leveraged synergy.' });
		expect(c.status).toBe('pass');
		expect(c.detail).toContain('No jargon list yet');
	});

	it('flags listed words and phrases, whole and in any case', () => {
		const jargon = ['synergy', 'move the needle', 'K8s', 'API', '  ', 'SYNERGY'];
		const c = check(
			'jargon',
			{
				action: 'Synergy helped us move  the needle on k8s.',
				result: 'APIs and rapid-synergy aside, synergy won.'
			},
			{ jargon }
		);
		expect(c.status).toBe('flag');
		expect(c.triggers.map((t) => [t.part, t.text])).toEqual([
			['action', 'Synergy'],
			['action', 'move  the needle'],
			['action', 'k8s'],
			['result', 'synergy']
		]);
		expect(c.detail).toBe('“synergy” twice, “move the needle” once, “K8s” once');
	});

	it('passes when none of the list is used', () => {
		const c = check(
			'jargon',
			{ action: 'I fixed the build.' },
			{ jargon: ['synergy', 'leverage'] }
		);
		expect(c.status).toBe('pass');
		expect(c.detail).toBe('None of the 2 terms on your jargon list.');
	});
});

describe('highlighting a part', () => {
	it('marks the triggers of one part, spelling the text back exactly', () => {
		const action = 'We planned it; our team and I shipped.';
		const c = check('ownership', { action });
		const parts = highlightRanges(action, c.triggers);
		expect(parts).toEqual([
			{ text: 'We', match: true },
			{ text: ' planned it; ', match: false },
			{ text: 'our', match: true },
			{ text: ' team and I shipped.', match: false }
		]);
		expect(parts.map((p) => p.text).join('')).toBe(action);
	});
});
