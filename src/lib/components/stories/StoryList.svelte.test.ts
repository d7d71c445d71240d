import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '$lib/db/open';
import { useFreshDatabase } from '$lib/db/test-db';
import StoryList from './StoryList.svelte';

useFreshDatabase();
afterEach(() => vi.unstubAllGlobals());

/** `n` stories, the newest first by `updatedAt`, written in one go. */
async function stories(n: number) {
	const db = await getDatabase();
	const now = Date.now();
	await db.stories.bulkAdd(
		Array.from({ length: n }, (_, i) => ({
			id: `s${i}`,
			title: `Story ${i}`,
			situation: '',
			task: '',
			action: '',
			result: '',
			themeIds: [],
			metrics: '',
			createdAt: new Date(now).toISOString(),
			updatedAt: new Date(now - i * 1000).toISOString()
		}))
	);
}

describe('StoryList', () => {
	it('draws a first screen of the newest stories, then the rest of the first page once it is painted', async () => {
		await stories(100);
		// The frame is painted when the test says so: a busy machine can no longer run it before
		// the first screen has been looked at.
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
		const onshown = vi.fn();
		render(StoryList, { themes: [], onshown });
		const within = { timeout: 5000 };
		await vi.waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(12), within);
		expect(screen.getAllByRole('link')[0].textContent).toBe('Story 0');
		await vi.waitFor(() => expect(frames).toHaveLength(1), within);
		frames[0](performance.now());
		await vi.waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(60), within);
		expect(onshown).toHaveBeenCalledOnce();
		expect(
			screen.getByRole('button', { name: 'Show 40 more stories (40 not shown)' })
		).toBeTruthy();
	});
});
