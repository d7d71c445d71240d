import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from './answers';
import { saveAttempt } from './attempts';
import { getDatabase } from './open';
import { spokenSourcesQuery, watchSearchSources, type SearchSources } from './search-sources';
import { reopened, useFreshDatabase } from './test-db';
import type { AttemptRecord } from './types';

useFreshDatabase();

let stops: (() => void)[] = [];
afterEach(() => {
	for (const stop of stops) stop();
	stops = [];
});

const attempt = (
	questionId: string,
	said?: string
): Omit<AttemptRecord, 'id' | 'createdAt' | 'updatedAt'> => ({
	questionId,
	startedAt: '2026-11-30T10:00:00.000Z',
	prepMs: 0,
	answerMs: 60_000,
	ratings: {},
	note: '',
	...(said
		? {
				transcript: {
					text: said,
					lang: 'en-GB',
					segments: [{ text: said, startMs: 0, endMs: 4000 }]
				}
			}
		: {})
});

describe('spokenSourcesQuery', () => {
	it('gives what search needs of transcribed attempts only, after a reload', async () => {
		const said = await saveAttempt(attempt('conflict-x', 'we moved the pager rota'));
		await saveAttempt(attempt('conflict-x'));
		await saveAttempt(attempt('hiring-y'));
		const db = await reopened();
		const spoken = await spokenSourcesQuery(db);
		expect(spoken).toEqual([
			{
				attemptId: said,
				questionId: 'conflict-x',
				text: 'we moved the pager rota',
				updatedAt: expect.any(String)
			}
		]);
	});

	it('never reads an attempt that has no transcript', async () => {
		await saveAttempt(attempt('conflict-x', 'we moved the pager rota'));
		for (let i = 0; i < 5; i++) await saveAttempt(attempt(`q-${i}`));
		const db = await getDatabase();
		const read = vi.fn((record: AttemptRecord) => record);
		db.attempts.hook('reading', read);
		await spokenSourcesQuery(db);
		expect(read).toHaveBeenCalledTimes(1);
		db.attempts.hook('reading').unsubscribe(read);
	});
});

describe('watchSearchSources', () => {
	it('follows transcripts and writing apart: an untranscribed attempt wakes neither', async () => {
		const seen: SearchSources[] = [];
		stops.push(
			$effect.root(() => {
				stops.push(watchSearchSources((s) => seen.push(s)));
			})
		);
		flushSync();
		await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
		const first = seen.at(-1)!;
		expect(first.transcripts).toEqual([]);

		await saveAttempt(attempt('conflict-x'));
		await saveAnswer('conflict-x', { situation: 'Two leads disagreed' });
		await vi.waitFor(() => expect(seen.at(-1)!.answers).toHaveLength(1));
		// The same array as before: the transcript query did not run again.
		expect(seen.at(-1)!.transcripts).toBe(first.transcripts);

		const id = await saveAttempt(attempt('conflict-x', 'I paired the two leads'));
		await vi.waitFor(() => expect(seen.at(-1)!.transcripts.map((t) => t.attemptId)).toEqual([id]));
		expect(seen.at(-1)!.answers).toBe(seen.at(-2)!.answers);
	});
});
