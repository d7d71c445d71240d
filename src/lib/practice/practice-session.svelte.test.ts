import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '$lib/db/open';
import { readSetting } from '$lib/db/settings';
import { reopened, useFreshDatabase } from '$lib/db/test-db';
import { keepUnratedAnswer, readUnratedAnswer } from '$lib/db/unrated-answers';
import { fakeApis } from './fake-recorder';
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
	vi.unstubAllGlobals();
});

function session(options?: ConstructorParameters<typeof PracticeSession>[0]) {
	const s = new PracticeSession(options);
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

describe('an answer ended but not rated yet', () => {
	const recording = { ...defaults, prepSeconds: 0, record: true };
	const said = {
		text: 'um we split the rota',
		lang: 'en-GB',
		segments: [{ text: 'um we split the rota', startMs: 0, endMs: 3000 }]
	};

	const text = async (blob: Blob | undefined) =>
		blob && new TextDecoder().decode(await blob.arrayBuffer());

	/** Answers the round's first question into the rating step; the answer as the clock has it. */
	async function answered(s: PracticeSession) {
		await s.start(['q-one', 'q-two'], recording);
		s.act(clock.done);
		const current = s.view!.current!;
		return { questionId: current.questionId, startedAt: current.startedAt };
	}

	it('keeps its recording over a reload, offers it back, and saves it with the rating', async () => {
		// jsdom's Blob cannot be stored in (fake) IndexedDB; Node's can, as a browser's can.
		vi.stubGlobal('Blob', NodeBlob);
		const first = session({ recordingApis: fakeApis().apis });
		const answer = await answered(first);
		await vi.waitFor(async () =>
			expect(await readUnratedAnswer(answer.questionId, answer.startedAt)).toBeDefined()
		);
		first.dispose();

		await reopened(); // the reload
		const s = session({ recordingApis: fakeApis().apis });
		await s.load();
		expect(s.unfinished?.kept).toEqual({ recording: true, transcript: false });
		await s.resume();
		expect(s.view?.phase).toBe('rating');
		expect(await text(s.takeOf(0)?.blob)).toBe('sound');

		await s.rate({ structure: 3 }, '');
		const [attempt] = await (await getDatabase()).attempts.toArray();
		const stored = await (await getDatabase()).recordings.get(attempt.recordingId!);
		expect(await text(stored?.blob)).toBe('sound');
		// Saved with the attempt: storage holds it no longer.
		await reopened();
		expect(await readUnratedAnswer(answer.questionId, answer.startedAt)).toBeUndefined();
	});

	it('offers back what was heard, and saves it as the user corrected it', async () => {
		const first = session();
		const answer = await answered(first);
		await keepUnratedAnswer({ ...answer, transcript: said });
		first.dispose();

		await reopened();
		const s = session();
		await s.load();
		expect(s.unfinished?.kept).toEqual({ recording: false, transcript: true });
		await s.resume();
		expect(s.heardOf(0)?.text).toBe('um we split the rota');
		await s.rate({}, '', 'we split the rota');
		const [attempt] = await (await getDatabase()).attempts.toArray();
		expect(attempt.transcript).toEqual({ ...said, text: 'we split the rota' });
		expect(await readUnratedAnswer(answer.questionId, answer.startedAt)).toBeUndefined();
	});

	it('lets go of the recording the user deletes, and of everything when the round is discarded', async () => {
		const s = session({ recordingApis: fakeApis().apis });
		const answer = await answered(s);
		await vi.waitFor(async () => expect(s.takeOf(0)).not.toBeNull());
		await vi.waitFor(async () =>
			expect(
				(await readUnratedAnswer(answer.questionId, answer.startedAt))?.recording
			).toBeDefined()
		);
		await keepUnratedAnswer({
			...answer,
			recording: (await readUnratedAnswer(answer.questionId, answer.startedAt))!.recording,
			transcript: said
		});
		s.deleteTake();
		expect(s.takeOf(0)).toBeNull();
		await vi.waitFor(async () => {
			const kept = await readUnratedAnswer(answer.questionId, answer.startedAt);
			expect(kept?.recording).toBeUndefined();
			expect(kept?.transcript).toEqual(said);
		});
		s.dispose();

		const reloaded = session();
		await reloaded.load();
		expect(reloaded.unfinished?.kept).toEqual({ recording: false, transcript: true });
		await reloaded.discardUnfinished();
		expect(await readUnratedAnswer(answer.questionId, answer.startedAt)).toBeUndefined();
	});
});
