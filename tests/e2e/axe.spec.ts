import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, test } from './fixtures';

// Axe at 0 serious or critical findings under WCAG 2.2 AA, light and dark, on every route and
// the states in between. Kept fast: in dark only the colour rules run again (the rest read the
// same page), and on the phone, whose colours are the desktop's, only on the first page of each
// test (for the phone's own parts: the tab bar and its menu).

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Serious and critical axe findings on the page as it is now, in light and in dark. */
async function problems(page: Page, where: string, { dark = true } = {}): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
		await page.emulateMedia({ colorScheme });
		// Legacy mode runs axe in the page itself. The default opens a blank page for every check
		// (a new renderer) and injects axe three times, to merge results across frames: the app
		// has no frames, and that doubled the cost of this spec.
		const axe = new AxeBuilder({ page }).setLegacyMode();
		const { violations } = await (
			colorScheme === 'light' ? axe.withTags(WCAG_22_AA) : axe.withRules(COLOUR_RULES)
		).analyze();
		for (const v of violations)
			if (v.impact === 'serious' || v.impact === 'critical')
				found.push(
					`${where} (${colorScheme}): ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return found;
}

/** Opens each route once its live data has arrived, and collects what axe finds. */
async function check(page: Page, routes: string[], phone: boolean) {
	const found: string[] = [];
	for (const [i, route] of routes.entries()) {
		await page.goto(route);
		await expect(page.locator('textarea:disabled, input:disabled:not([type="file"])')).toHaveCount(
			0
		);
		found.push(...(await problems(page, route, { dark: !phone || i === 0 })));
	}
	return found;
}

const theme = bank.themes[0];
const question = theme.questions[0];

test('the pages everyone sees', async ({ page }, info) => {
	const phone = info.project.name === 'phone';
	test.setTimeout(180_000);
	expect(
		await check(
			page,
			[
				'/',
				'/questions',
				`/questions/${theme.id}`,
				`/questions/${theme.id}/${question.id}`,
				'/narrative',
				'/practice',
				'/review',
				'/search?q=rota',
				'/interviews',
				'/readiness',
				'/settings'
			],
			phone
		)
	).toEqual([]);
});

test(
	'the loop guides, the questions to ask and a filtered bank',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		const phone = info.project.name === 'phone';
		test.setTimeout(180_000);
		expect(
			await check(
				page,
				[
					'/interviews/guides/amazon',
					'/interviews/questions-to-ask',
					'/questions?company=amazon&value=frugality&level=senior-em'
				],
				phone
			)
		).toEqual([]);
	}
);

test('stories, interviews and questions of your own, and the states in between', async ({
	page
}, info) => {
	const phone = info.project.name === 'phone';
	test.setTimeout(180_000);
	await page.goto(`/questions/${theme.id}/${question.id}`);
	await page.getByLabel('Action', { exact: true }).fill('I set up a weekly design review.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.goto('/stories');
	await page.getByRole('button', { name: 'New story' }).click();
	await page.getByLabel('Title', { exact: true }).fill('The rota rewrite');
	await page.getByRole('checkbox', { name: theme.title }).check();
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	const story = new URL(page.url()).pathname;
	await page.goto('/interviews');
	await page.getByRole('button', { name: 'Add interview', exact: true }).click();
	await page.getByLabel('Company').fill('Acme');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	const interview = new URL(page.url()).pathname;
	await page.goto(`/questions/${theme.id}`);
	await page.getByRole('button', { name: 'Add question' }).click();
	await page
		.getByLabel('Question', { exact: true })
		.fill('Tell me about a hiring loop you rebuilt.');
	await page.getByRole('button', { name: 'Save question' }).click();
	await expect(page).toHaveURL(/\/questions\/yours\/.+/);
	const yours = new URL(page.url()).pathname;

	const found = await check(page, [yours, story, interview, '/interviews'], phone);

	await page.goto('/stories');
	await page.getByRole('button', { name: `The rota rewrite in ${theme.title}: tagged` }).click();
	found.push(...(await problems(page, '/stories, a coverage cell chosen', { dark: !phone })));
	await page.goto('/practice');
	await page.getByRole('button', { name: 'Start practice' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	found.push(...(await problems(page, '/practice, a round running', { dark: !phone })));
	await page.getByRole('button', { name: 'Start answering' }).click();
	await page.getByRole('button', { name: 'Done' }).click();
	found.push(...(await problems(page, '/practice, rating', { dark: !phone })));
	await page.goto('/review');
	await page.getByRole('button', { name: 'Show my answer' }).click();
	found.push(...(await problems(page, '/review, an answer shown', { dark: !phone })));
	await page.goto(story);
	await page.getByRole('button', { name: 'Delete story' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	found.push(...(await problems(page, '/stories, the Undo toast', { dark: !phone })));

	expect(found).toEqual([]);
});
