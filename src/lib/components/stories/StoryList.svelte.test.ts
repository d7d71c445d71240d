import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { getDatabase } from '$lib/db/open';
import { useFreshDatabase } from '$lib/db/test-db';
import StoryList from './StoryList.svelte';

useFreshDatabase();

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
		const onshown = vi.fn();
		render(StoryList, { themes: [], onshown });
		await vi.waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(12));
		expect(screen.getAllByRole('link')[0].textContent).toBe('Story 0');
		await vi.waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(60));
		expect(onshown).toHaveBeenCalledOnce();
		expect(
			screen.getByRole('button', { name: 'Show 40 more stories (40 not shown)' })
		).toBeTruthy();
	});
});
