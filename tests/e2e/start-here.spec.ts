import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const startHere = (page: Page) => page.getByRole('region', { name: 'Start here' });
const step = (page: import('@playwright/test').Page, name: string) =>
	startHere(page).getByRole('listitem').filter({ hasText: name });

/**
 * How far Home's figures moved what is under them since the page loaded (CLS without the
 * windows). A shift that moved the page's heading came from above Home (a notice in the shell)
 * and is not Home's.
 */
const layoutShift = (page: Page) =>
	page.evaluate(() => {
		const observer = new PerformanceObserver(() => {});
		observer.observe({ type: 'layout-shift', buffered: true });
		// The buffered entries are there at once, before the observer's callback would run.
		const shifts = observer.takeRecords() as unknown as {
			value: number;
			hadRecentInput: boolean;
			sources: { node?: Node }[];
		}[];
		observer.disconnect();
		const heading = document.querySelector('h1');
		return shifts
			.filter((s) => !s.hadRecentInput && !s.sources.some((src) => src.node?.contains(heading)))
			.reduce((sum, s) => sum + s.value, 0);
	});

/** Tall enough that the themes under Home's list are on screen, where a shift of them counts. */
const tall = (page: Page) =>
	page.setViewportSize({ width: page.viewportSize()!.width, height: 2400 });

test(
	'a first visit shows "Start here" in place of zero counters; a step ticks once done',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await tall(page);
		await page.goto('/');
		await expect(startHere(page)).toContainText('0 of 5 done');
		await expect(page.getByRole('region', { name: 'Your progress' })).toHaveCount(0);
		// The list is drawn in the first paint and the data only confirm it: nothing moved.
		expect(await layoutShift(page)).toBe(0);
		await screenshots(page, 'home-start-here', info.project.name);

		await step(page, 'Write your first answer')
			.getByRole('link', { name: 'Write your first answer' })
			.click();
		await expect(page).toHaveURL(/\/questions$/);
		const theme = bank.themes[2];
		await page.goto(`/questions/${theme.id}/${theme.questions[0].id}`);
		await page.getByLabel('Situation', { exact: true }).fill('A release slipped twice.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

		await page.goto('/');
		await expect(startHere(page)).toContainText('1 of 5 done');
		await expect(step(page, 'Write your first answer')).toContainText('Done:');
		await expect(step(page, 'Add three stories')).toContainText('To do:');
		await expect(step(page, 'Draft “why management”').getByRole('link')).toHaveAttribute(
			'href',
			'/narrative#why-management'
		);
	}
);

test('"Start here" goes once its steps are done, and the counters sit two by two on a phone', async ({
	page
}, info) => {
	// Three stories, "why management", three practice answers: everything but installing.
	const backup = JSON.parse(readFileSync('tests/fixtures/backup-v1.json', 'utf8'));
	const [story] = backup.data.stories;
	backup.data.stories.push({ ...story, id: 'story-2' }, { ...story, id: 'story-3' });
	backup.data.narrative.push({
		...backup.data.narrative[0],
		sectionId: 'why-management',
		text: 'I found I cared more about the team shipping than about my own commits.'
	});
	const [attempt] = backup.data.attempts;
	for (const id of ['attempt-2', 'attempt-3'])
		backup.data.attempts.push({ ...attempt, id, recordingId: undefined });
	await page.goto('/settings');
	await page.getByLabel('Import backup').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

	await page.goto('/');
	await expect(startHere(page)).toContainText('4 of 5 done');
	await expect(step(page, 'Run a three-question round')).toContainText('Done:');
	// Not running installed: the last step can be skipped.
	await step(page, 'Install the app').getByRole('button', { name: 'Skip this step' }).click();
	await expect(startHere(page)).toHaveCount(0);
	const progress = page.getByRole('region', { name: 'Your progress' });
	await expect(progress).toContainText(/2\s*answers written/);
	await tall(page);
	await page.reload();
	await expect(progress).toBeVisible();
	await expect(startHere(page)).toHaveCount(0);
	// Home remembered its shape and drew the counters before the data came. Only the lines under
	// them (where the user left off, the last backup) arrive with the data and move the themes a
	// little (about 0.015, or 0.03 on a loaded machine, where those lines come in separate
	// frames); the list in place of the counters moved them over ten times as far.
	await expect(page.locator('html')).toHaveAttribute('data-home', 'progress');
	expect(await layoutShift(page)).toBeLessThan(0.05);

	const boxes = await progress
		.getByRole('listitem')
		.evaluateAll((items) =>
			items.map((li) => li.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y }))
		);
	const rows = new Set(boxes.map((b) => Math.round(b.y))).size;
	expect(rows).toBe(info.project.name === 'phone' ? 2 : 1);
	await screenshots(page, 'home-progress', info.project.name);
});

test('"Start here" can be hidden before it is done', { tag: '@desktop-only' }, async ({ page }) => {
	await page.goto('/');
	await startHere(page).getByRole('button', { name: 'Hide this list' }).click();
	await expect(startHere(page)).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Your progress' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('region', { name: 'Your progress' })).toBeVisible();
	await expect(startHere(page)).toHaveCount(0);
});
