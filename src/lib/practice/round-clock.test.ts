import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	beginAnswer,
	createRound,
	DEFAULT_PREP_MS,
	DEFAULT_TARGET_MS,
	done,
	finishRound,
	formatClock,
	next,
	normalizeSettings,
	OVERTIME_MS,
	pause,
	primaryAction,
	restoreRound,
	resume,
	roundView,
	skip,
	startRound,
	takeAlerts,
	togglePause,
	type RoundState
} from './round-clock';

const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);
const s = (seconds: number) => seconds * 1000;
const at = (seconds: number) => T0 + s(seconds);

/** Round-trips through JSON, as a reload from storage does. */
const reload = (state: RoundState) => restoreRound(JSON.parse(JSON.stringify(state)));

describe('settings', () => {
	it('defaults to 30 s prep and a 2 min target', () => {
		expect(normalizeSettings()).toEqual({ prepMs: DEFAULT_PREP_MS, targetMs: DEFAULT_TARGET_MS });
		expect(DEFAULT_PREP_MS).toBe(30_000);
		expect(DEFAULT_TARGET_MS).toBe(120_000);
	});

	it('clamps prep to 0–120 s and the target to 30 s–3 min', () => {
		expect(normalizeSettings({ prepMs: -5, targetMs: 1 })).toEqual({ prepMs: 0, targetMs: 30_000 });
		expect(normalizeSettings({ prepMs: 500_000, targetMs: 600_000 })).toEqual({
			prepMs: 120_000,
			targetMs: 180_000
		});
		expect(normalizeSettings({ prepMs: Number.NaN })).toEqual(normalizeSettings());
	});

	it('refuses an empty round or a repeated question', () => {
		expect(() => createRound([])).toThrow(/at least one/);
		expect(() => createRound(['a', 'a'])).toThrow(/twice/);
	});
});

describe('a round, step by step', () => {
	it('goes idle → prep → answer → rating → next → finished', () => {
		let r = createRound(['q1', 'q2'], { prepMs: s(10) });
		expect(roundView(r, T0)).toMatchObject({ phase: 'idle', index: 0, total: 2, questionId: null });

		r = startRound(r, T0);
		expect(roundView(r, at(4))).toMatchObject({
			phase: 'prep',
			questionId: 'q1',
			prepRemainingMs: s(6),
			answerElapsedMs: 0,
			paused: false
		});

		// The countdown runs out on its own: the answer clock starts exactly at 10 s.
		expect(roundView(r, at(25))).toMatchObject({
			phase: 'answer',
			prepRemainingMs: 0,
			answerElapsedMs: s(15),
			warnings: []
		});

		r = done(r, at(100));
		const rating = roundView(r, at(130));
		expect(rating).toMatchObject({ phase: 'rating', questionId: 'q1', answerElapsedMs: s(90) });
		expect(rating.current).toEqual({
			questionId: 'q1',
			startedAt: T0,
			prepMs: s(10),
			answerMs: s(90),
			skipped: false
		});

		r = next(r, at(140));
		expect(roundView(r, at(141))).toMatchObject({
			phase: 'prep',
			index: 1,
			questionId: 'q2',
			prepRemainingMs: s(9)
		});

		r = beginAnswer(r, at(143));
		r = done(r, at(163));
		r = next(r, at(170));
		const end = roundView(r, at(170));
		expect(end).toMatchObject({ phase: 'finished', index: 2, questionId: null });
		expect(end.results).toEqual([
			{ questionId: 'q1', startedAt: T0, prepMs: s(10), answerMs: s(90), skipped: false },
			{ questionId: 'q2', startedAt: at(140), prepMs: s(3), answerMs: s(20), skipped: false }
		]);
	});

	it('with 0 s prep starts the answer clock at once', () => {
		const r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		expect(roundView(r, at(5))).toMatchObject({ phase: 'answer', answerElapsedMs: s(5) });
		expect(done(r, at(5)).results[0]).toMatchObject({ prepMs: 0, answerMs: s(5) });
	});

	it('starts answering early and records only the prep used', () => {
		let r = startRound(createRound(['q1']), T0);
		r = beginAnswer(r, at(12));
		expect(roundView(r, at(20))).toMatchObject({ phase: 'answer', answerElapsedMs: s(8) });
		expect(done(r, at(20)).results[0]).toMatchObject({ prepMs: s(12), answerMs: s(8) });
	});

	it('records an answer done well before the target without warnings', () => {
		let r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		r = done(r, at(45));
		const v = roundView(r, at(500));
		expect(v.answerElapsedMs).toBe(s(45));
		expect(v.warnings).toEqual([]);
	});

	it('ignores actions that do not apply, returning the same object', () => {
		const idle = createRound(['q1']);
		expect(done(idle, T0)).toBe(idle);
		expect(next(idle, T0)).toBe(idle);
		expect(pause(idle, T0)).toBe(idle);
		expect(skip(idle, T0)).toBe(idle);
		const prep = startRound(idle, T0);
		expect(startRound(prep, at(1))).toBe(prep);
		expect(done(prep, at(1))).toBe(prep);
		expect(next(prep, at(1))).toBe(prep);
		expect(resume(prep, at(1))).toBe(prep);
		const rating = done(beginAnswer(prep, at(2)), at(3));
		expect(skip(rating, at(4))).toBe(rating);
		expect(pause(rating, at(4))).toBe(rating);
		expect(beginAnswer(rating, at(4))).toBe(rating);
		const finished = next(rating, at(5));
		expect(finished.phase).toBe('finished');
		expect(next(finished, at(6))).toBe(finished);
		expect(finishRound(finished, at(6))).toBe(finished);
	});
});

describe('warnings', () => {
	it('flags the target at the target and overtime at 3 minutes', () => {
		const r = startRound(createRound(['q1'], { prepMs: 0, targetMs: s(90) }), T0);
		expect(roundView(r, at(89.999)).warnings).toEqual([]);
		expect(roundView(r, at(90)).warnings).toEqual(['target']);
		expect(roundView(r, at(179)).warnings).toEqual(['target']);
		expect(roundView(r, at(180)).warnings).toEqual(['target', 'overtime']);
		expect(roundView(r, at(180)).overtimeMs).toBe(OVERTIME_MS);
	});

	it('keeps the colour of the recorded answer while rating', () => {
		const r = done(startRound(createRound(['q1'], { prepMs: 0 }), T0), at(200));
		expect(roundView(r, at(210))).toMatchObject({
			phase: 'rating',
			answerElapsedMs: s(200),
			warnings: ['target', 'overtime']
		});
	});

	it('hands out each alert once per question, also across a reload', () => {
		let r = startRound(createRound(['q1', 'q2'], { prepMs: s(5) }), T0);
		let taken = takeAlerts(r, at(60));
		expect(taken.alerts).toEqual([]);
		expect(taken.state).toBe(r);

		taken = takeAlerts(r, at(125)); // 120 s into the answer
		expect(taken.alerts).toEqual(['target']);
		r = taken.state;
		expect(takeAlerts(r, at(130)).alerts).toEqual([]);

		r = reload(r)!;
		expect(takeAlerts(r, at(131)).alerts).toEqual([]);

		// Away for a while: overtime is handed out once, target not again.
		taken = takeAlerts(r, at(400));
		expect(taken.alerts).toEqual(['overtime']);
		r = taken.state;
		expect(takeAlerts(r, at(401)).alerts).toEqual([]);

		// The next question starts with a clean slate.
		r = next(done(r, at(402)), at(403));
		expect(takeAlerts(r, at(403 + 5 + 120)).alerts).toEqual(['target']);
	});

	it('hands out both alerts at once when both were crossed unseen', () => {
		const r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		expect(takeAlerts(r, at(1000)).alerts).toEqual(['target', 'overtime']);
	});

	it('has no alerts outside the answer phase', () => {
		const r = startRound(createRound(['q1']), T0);
		expect(takeAlerts(r, at(10)).alerts).toEqual([]);
		expect(takeAlerts(done(beginAnswer(r, at(1)), at(500)), at(501)).alerts).toEqual([]);
	});
});

describe('pause and resume', () => {
	it('excludes paused time from the answer', () => {
		let r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		r = pause(r, at(30));
		expect(roundView(r, at(90))).toMatchObject({
			phase: 'answer',
			paused: true,
			answerElapsedMs: s(30)
		});
		expect(pause(r, at(60))).toBe(r);
		r = resume(r, at(90));
		expect(roundView(r, at(100))).toMatchObject({ paused: false, answerElapsedMs: s(40) });
		expect(done(r, at(100)).results[0].answerMs).toBe(s(40));
	});

	it('freezes the prep countdown while paused during prep', () => {
		let r = startRound(createRound(['q1'], { prepMs: s(30) }), T0);
		r = pause(r, at(10));
		// Long after the countdown would have ended, it is still prep with 20 s left.
		expect(roundView(r, at(300))).toMatchObject({
			phase: 'prep',
			paused: true,
			prepRemainingMs: s(20)
		});
		r = resume(r, at(300));
		expect(roundView(r, at(319))).toMatchObject({ phase: 'prep', prepRemainingMs: s(1) });
		// Prep ends at 320 s; the answer clock counts from there.
		expect(roundView(r, at(325))).toMatchObject({ phase: 'answer', answerElapsedMs: s(5) });
		expect(done(r, at(325)).results[0]).toMatchObject({ prepMs: s(30), answerMs: s(5) });
	});

	it('pauses the answer when prep ran out unseen before the pause', () => {
		let r = startRound(createRound(['q1'], { prepMs: s(10) }), T0);
		r = pause(r, at(40));
		expect(roundView(r, at(100))).toMatchObject({
			phase: 'answer',
			paused: true,
			answerElapsedMs: s(30)
		});
	});

	it('Done while paused records the time up to the pause', () => {
		let r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		r = pause(r, at(50));
		r = done(r, at(500));
		expect(r.results[0].answerMs).toBe(s(50));
		expect(roundView(r, at(501)).paused).toBe(false);
	});

	it('starting to answer from a paused prep unpauses', () => {
		let r = startRound(createRound(['q1'], { prepMs: s(30) }), T0);
		r = pause(r, at(5));
		r = beginAnswer(r, at(50));
		expect(roundView(r, at(60))).toMatchObject({
			phase: 'answer',
			paused: false,
			answerElapsedMs: s(10)
		});
		expect(done(r, at(60)).results[0].prepMs).toBe(s(5));
	});

	it('togglePause flips between the two', () => {
		let r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		r = togglePause(r, at(10));
		expect(roundView(r, at(20)).paused).toBe(true);
		r = togglePause(r, at(20));
		expect(roundView(r, at(30))).toMatchObject({ paused: false, answerElapsedMs: s(20) });
	});

	it('never counts backwards if the device clock moves back', () => {
		const r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		expect(roundView(r, at(-60)).answerElapsedMs).toBe(0);
		expect(resume(pause(r, at(10)), at(5)).pausedMs).toBe(0);
	});
});

describe('skip', () => {
	it('during prep records a skipped attempt and moves on', () => {
		let r = startRound(createRound(['q1', 'q2'], { prepMs: s(30) }), T0);
		r = skip(r, at(7));
		const v = roundView(r, at(8));
		expect(v).toMatchObject({ phase: 'prep', index: 1, questionId: 'q2', prepRemainingMs: s(29) });
		expect(v.results).toEqual([
			{ questionId: 'q1', startedAt: T0, prepMs: s(7), answerMs: 0, skipped: true }
		]);
	});

	it('during the answer keeps the time spent', () => {
		let r = startRound(createRound(['q1', 'q2'], { prepMs: s(10) }), T0);
		r = skip(r, at(40));
		expect(r.results[0]).toEqual({
			questionId: 'q1',
			startedAt: T0,
			prepMs: s(10),
			answerMs: s(30),
			skipped: true
		});
	});

	it('on the last question finishes the round', () => {
		let r = startRound(createRound(['q1'], { prepMs: 0 }), T0);
		r = skip(r, at(3));
		expect(roundView(r, at(4))).toMatchObject({ phase: 'finished', index: 1 });
		expect(r.results).toHaveLength(1);
	});

	it('while paused excludes the pause', () => {
		let r = startRound(createRound(['q1', 'q2'], { prepMs: 0 }), T0);
		r = pause(r, at(20));
		r = skip(r, at(80));
		expect(r.results[0].answerMs).toBe(s(20));
		expect(roundView(r, at(85))).toMatchObject({ index: 1, paused: false, answerElapsedMs: s(5) });
	});
});

describe('finishRound', () => {
	it('ends early, recording the question in progress as skipped', () => {
		let r = startRound(createRound(['q1', 'q2', 'q3'], { prepMs: 0 }), T0);
		r = next(done(r, at(60)), at(70));
		r = finishRound(r, at(80));
		expect(roundView(r, at(80)).phase).toBe('finished');
		expect(r.results.map((x) => [x.questionId, x.skipped, x.answerMs])).toEqual([
			['q1', false, s(60)],
			['q2', true, s(10)]
		]);
	});

	it('from rating keeps the rated answer and adds nothing', () => {
		const r = finishRound(done(startRound(createRound(['q1', 'q2']), T0), at(40)), at(50));
		expect(r.phase).toBe('finished');
		expect(r.results).toHaveLength(1);
	});
});

describe('primaryAction (Space)', () => {
	it('starts, begins the answer, says Done, and leaves rating alone', () => {
		let r = createRound(['q1', 'q2']);
		r = primaryAction(r, T0);
		expect(roundView(r, T0).phase).toBe('prep');
		r = primaryAction(r, at(5));
		expect(roundView(r, at(5)).phase).toBe('answer');
		r = primaryAction(r, at(65));
		expect(roundView(r, at(65)).phase).toBe('rating');
		expect(primaryAction(r, at(66))).toBe(r);
	});

	it('says Done when prep has run out unseen', () => {
		const r = primaryAction(startRound(createRound(['q1'], { prepMs: s(10) }), T0), at(70));
		expect(r.phase).toBe('rating');
		expect(r.results[0]).toMatchObject({ prepMs: s(10), answerMs: s(60) });
	});
});

describe('surviving a reload', () => {
	it('restores a running answer with the true elapsed time', () => {
		const r = startRound(createRound(['q1', 'q2'], { prepMs: s(20), targetMs: s(60) }), T0);
		const saved = JSON.stringify(r);
		// The page was gone for two minutes.
		const restored = restoreRound(saved)!;
		expect(restored).toEqual(r);
		expect(roundView(restored, at(140))).toMatchObject({
			phase: 'answer',
			answerElapsedMs: s(120),
			warnings: ['target']
		});
	});

	it('restores a paused prep still paused, with the same time left', () => {
		const r = pause(startRound(createRound(['q1']), T0), at(12));
		const restored = reload(r)!;
		expect(roundView(restored, at(9999))).toMatchObject({
			phase: 'prep',
			paused: true,
			prepRemainingMs: s(18)
		});
		expect(roundView(resume(restored, at(10_000)), at(10_010)).prepRemainingMs).toBe(s(8));
	});

	it('restores rating and finished rounds with their results', () => {
		const rating = done(startRound(createRound(['q1', 'q2'], { prepMs: 0 }), T0), at(30));
		expect(reload(rating)).toEqual(rating);
		const finished = finishRound(rating, at(31));
		expect(reload(finished)).toEqual(finished);
	});

	it('turns away anything that is not a round', () => {
		const good = JSON.parse(JSON.stringify(startRound(createRound(['q1']), T0)));
		expect(restoreRound(good)).not.toBeNull();
		for (const bad of [
			null,
			'not json',
			42,
			{},
			{ ...good, version: 2 },
			{ ...good, questionIds: [] },
			{ ...good, questionIds: ['a', 'a'] },
			{ ...good, phase: 'dancing' },
			{ ...good, index: 5 },
			{ ...good, index: -1 },
			{ ...good, phaseStartedAt: null },
			{ ...good, pausedMs: 'x' },
			{ ...good, settings: null },
			{ ...good, alerted: ['boom'] },
			{ ...good, results: [{ questionId: 'q1' }] },
			{ ...good, phase: 'rating', pausedAt: T0 }
		]) {
			expect(restoreRound(bad)).toBeNull();
		}
	});
});

describe('a backgrounded tab', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('shows true elapsed time without any ticks in between', () => {
		vi.useFakeTimers();
		vi.setSystemTime(T0);
		const r = startRound(createRound(['q1'], { prepMs: s(10) }), Date.now());
		// No interval runs while the tab is hidden; only the wall clock moves.
		vi.setSystemTime(at(10 + 95));
		expect(roundView(r, Date.now())).toMatchObject({ phase: 'answer', answerElapsedMs: s(95) });
	});
});

describe('formatClock', () => {
	it('shows m:ss, rounding down for a count-up and up for a countdown', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(59_999)).toBe('0:59');
		expect(formatClock(65_000)).toBe('1:05');
		expect(formatClock(600_000)).toBe('10:00');
		expect(formatClock(29_001, 'ceil')).toBe('0:30');
		expect(formatClock(1, 'ceil')).toBe('0:01');
		expect(formatClock(0, 'ceil')).toBe('0:00');
		expect(formatClock(-500)).toBe('0:00');
	});
});
