import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Records every message the app's live regions receive, in order, from the first paint. */
async function listen(page: Page) {
	await page.addInitScript(() => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		// Any live region: the announcer's, or a status or alert that is not switched off.
		const live = (node: Node) => {
			const el = node instanceof Element ? node : node.parentElement;
			const region = el?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]');
			return region && region.getAttribute('aria-live') !== 'off';
		};
		new MutationObserver((records) => {
			for (const record of records) {
				const changed = record.type === 'characterData' ? [record.target] : record.addedNodes;
				for (const node of changed) {
					if (node.nodeType === Node.COMMENT_NODE) continue; // Svelte's block markers
					const text = node.textContent?.trim();
					if (text && live(node)) heard.push(text);
				}
			}
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
	return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

test('typing four bursts into the STAR boxes is announced at most once when saves succeed', async ({
	page
}) => {
	const heard = await listen(page);
	await page.clock.install();
	await page.goto('/questions/conflict/conflict-design-disagreement');
	const saved = page.getByRole('status').filter({ hasText: /^Saved$/ });
	for (const part of ['Situation', 'Task', 'Action', 'Result']) {
		const box = page.getByLabel(part, { exact: true });
		await expect(box).toBeEnabled();
		await box.focus();
		await page.keyboard.type(`A few words for the ${part.toLowerCase()}.`);
		await page.clock.runFor(300); // the debounce: it saves
		await expect(saved).toBeVisible();
		await page.clock.runFor(2000); // a short pause before the next box
	}
	expect(await heard()).toEqual([]);
	await page.clock.runFor(20_000); // a long pause
	expect(await heard()).toEqual(['All changes saved.']);
});

test('a round announces each question, the switch to answering, the target and the end', async ({
	page
}) => {
	const heard = await listen(page);
	await page.clock.install();
	await page.goto('/practice');
	await page.getByLabel('Questions', { exact: true }).selectOption({ label: 'Random' });
	await page.getByLabel('How many').fill('2');
	await page.getByLabel('Prep time (seconds)').fill('5');
	await page.getByLabel('Answer target').selectOption({ label: '1 min' });
	await page.getByRole('button', { name: 'Start practice' }).click();
	const timer = page.getByRole('timer');
	await expect(timer).toHaveText('0:05 to prepare');
	await expect
		.poll(heard)
		.toEqual([expect.stringMatching(/^Question 1 of 2: .+ 5 seconds to prepare\.$/)]);

	await page.clock.runFor(5000); // prep runs out
	await expect(timer).toHaveText('1:00 left');
	await page.clock.runFor(60_000);
	await expect(timer).toHaveText('+0:00 over');
	await page.getByRole('button', { name: 'Done' }).click();
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByRole('button', { name: 'Save without ratings' }).click();
	await expect(timer).toHaveText('0:05 to prepare');
	await page.getByRole('button', { name: 'Skip' }).click();
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeFocused();

	await expect
		.poll(heard)
		.toEqual([
			expect.stringMatching(/^Question 1 of 2: /),
			'Answer now: aim for 1 minute.',
			'30 seconds left.',
			'Target reached: 1 minute. Start wrapping up.',
			expect.stringMatching(/^Question 2 of 2: .+ 5 seconds to prepare\.$/),
			'Round over: 1 answered, 1 skipped.'
		]);
});
