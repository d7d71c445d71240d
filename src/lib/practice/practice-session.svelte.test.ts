import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '$lib/db/open';
import { readSetting } from '$lib/db/settings';
import { useFreshDatabase } from '$lib/db/test-db';
import { PRACTICE_DEFAULTS, PracticeSession } from './practice-session.svelte';
import * as clock from './round-clock';

useFreshDatabase();

const ROUND_KEY = 'practiceRound';
const defaults = { ...PRACTICE_DEFAULTS, prepSeconds: 10, targetSeconds: 60 };

let sessions: PracticeSession[] = [];
afterEach(() => {
	for (const s of sessions) s.dispose();
	sessions = [];
	vi.useRealTimers();
});

function session() {
	const s = new PracticeSession();
	sessions.push(s);
	return s;
}

describe('PracticeSession', () => {
	it('runs a round from prep to the summary, saving each rated attempt', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const s = session();
		await s.start(['q-one', 'q-two'], defaults);
		expect(s.view?.phase).toBe('prep');
		expect(s.view?.questionId).toBe('q-one');

		// Prep runs out on its own: the view follows the clock, not a tick.
		vi.setSystemTime(Date.now() + 10_000);
		s.now = Date.now();
		expect(s.view?.phase).toBe('answer');

		vi.setSystemTime(Date.now() + 42_000);
		s.act(clock.done);
		expect(s.view?.phase).toBe('rating');
		expect(s.view?.current?.answerMs).toBe(42_000);

		await s.rate({ structure: 4 }, 'Lead with the result.');
		expect(s.view?.questionId).toBe('q-two');
		// A skipped question is recorded without a rating, and ends the round here.
		s.act(clock.skip);

		// The round leaves the runner for its summary, and storage.
		expect(s.round).toBeNull();
		expect(s.view).toBeNull();
		expect(s.finished?.results.map((r) => r.questionId)).toEqual(['q-one', 'q-two']);
		expect(s.ratings['q-one']).toEqual({ structure: 4 });
		await vi.waitFor(async () => expect(await readSetting(ROUND_KEY)).toBeUndefined());

		const attempts = await (await getDatabase()).attempts.toArray();
		expect(attempts.map((a) => [a.questionId, a.answerMs, a.note, a.ratings])).toEqual([
			['q-one', 42_000, 'Lead with the result.', { structure: 4 }]
		]);
		expect(s.finished?.results.map((r) => r.skipped)).toEqual([false, true]);
	});

	it('keeps the round in storage, so a reload offers to resume it', async () => {
		const s = session();
		await s.start(['q-one', 'q-two'], defaults);
		s.act(clock.beginAnswer);
		await vi.waitFor(async () =>
			expect((await readSetting<{ state: clock.RoundState }>(ROUND_KEY))?.state.phase).toBe(
				'answer'
			)
		);

		const reloaded = session();
		await reloaded.load();
		expect(reloaded.unfinished?.state.questionIds).toEqual(['q-one', 'q-two']);
		await reloaded.resume();
		expect(reloaded.unfinished).toBeNull();
		expect(reloaded.view?.phase).toBe('answer');
	});

	it('stays on the rating when the attempt cannot be saved, and says why', async () => {
		const s = session();
		await s.start(['q-one'], { ...defaults, prepSeconds: 0 });
		s.act(clock.done);
		const db = await getDatabase();
		const add = vi.spyOn(db.attempts, 'add').mockRejectedValue(new Error('disk full'));
		await s.rate({}, 'note');
		expect(s.error).toBe('Could not save this attempt: disk full');
		expect(s.view?.phase).toBe('rating');
		expect(s.finished).toBeNull();
		add.mockRestore();
	});

	it('starts the next round with no summary of the last one', async () => {
		const s = session();
		await s.start(['q-one'], defaults);
		s.act(clock.finishRound);
		expect(s.finished).not.toBeNull();
		await s.start(['q-two'], defaults);
		expect(s.finished).toBeNull();
		expect(s.view?.questionId).toBe('q-two');
	});
});
