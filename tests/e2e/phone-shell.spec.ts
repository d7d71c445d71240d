import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';
import { UA } from './user-agents';

// A phone's screen and touch: the phone project only (see playwright.config.ts).
test.use({ viewport: { width: 390, height: 844 } });

test('the tab bar stays in view from the top of every page to its end, tapped through', async ({
	page
}) => {
	test.setTimeout(120_000);
	const nav = page.getByRole('navigation', { name: 'Main' });
	const more = nav.getByRole('button', { name: 'More' });
	const staysInView = async (where: string) => {
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Questions' })).toBeInViewport();
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(nav.getByRole('link', { name: 'Questions' })).toBeInViewport();
		const box = await nav.boundingBox();
		expect(box!.y + box!.height, where).toBeLessThanOrEqual(844);
	};
	await page.goto('/');
	await staysInView('Home');
	// Tapped, as a user moves between pages: the router swaps pages without a reload, and the
	// fixture fails the test on any error a page throws on the way out (sveltejs/kit#12851).
	for (const [tab, inMore] of [
		['Questions', false],
		['Practice', false],
		['Review', false],
		['Stories', false],
		['Narrative', true],
		['Interviews', true],
		['Readiness', true],
		['Settings', true]
	] as const) {
		if (inMore) await more.click();
		await nav.getByRole('link', { name: tab }).click();
		await expect(page).toHaveURL(new RegExp(`/${tab.toLowerCase()}$`));
		await staysInView(tab);
	}
});

test('Readiness and Settings are one tap behind More, which closes with Escape', async ({
	page
}) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const more = nav.getByRole('button', { name: 'More' });
	await expect(nav.getByRole('link', { name: 'Readiness' })).toBeHidden();
	await more.click();
	await expect(more).toHaveAttribute('aria-expanded', 'true');
	await nav.getByRole('link', { name: 'Readiness' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('readiness');
	// The menu closes on the way, and its button shows where you are.
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await more.click();
	await expect(nav.getByRole('link', { name: 'Readiness' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.keyboard.press('Escape');
	await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
	await expect(more).toBeFocused();
});

test('a question page shows the first box of the answer within 1.3 screens', async ({ page }) => {
	const theme = bank.themes[3];
	await page.goto(`/questions/${theme.id}/${theme.questions[0].id}`);
	const situation = page.getByLabel('Situation', { exact: true });
	await expect(situation).toBeEnabled();
	const box = await situation.boundingBox();
	expect(box!.y).toBeLessThan(844 * 1.3);
});

test('a control focused low on the page is scrolled clear of the tab bar', async ({ page }) => {
	await page.goto('/settings');
	const nav = page.getByRole('navigation', { name: 'Main' });
	// Tab through the page; whatever has focus is never under the bar.
	await page.getByRole('heading', { level: 1 }).focus();
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const covered = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			if (el.closest('nav')) return false;
			const r = el.getBoundingClientRect();
			const bar = document.querySelector('nav[aria-label="Main"]')!.getBoundingClientRect();
			return r.bottom > bar.top && r.top < bar.bottom;
		});
		expect(covered, `after ${i + 1} presses`).toBe(false);
	}
	await expect(nav).toBeVisible();
});

test('a press on a button half under the tab bar is a click on it: the page stays still under the finger', async ({
	page
}) => {
	await page.goto('/practice');
	const start = page.getByRole('button', { name: 'Start practice' });
	const bar = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	// Its lower part under the bar, its middle just clear of it.
	const box = (await start.boundingBox())!;
	await page.evaluate((by) => window.scrollBy(0, by), box.y - (bar.y - box.height / 2 - 6));
	const at = (await start.boundingBox())!;
	expect(at.y + at.height).toBeGreaterThan(bar.y);
	await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
	await page.mouse.down();
	await page.mouse.up();
	await expect(page.getByRole('timer')).toBeVisible();
});

test('a 40-line Action shows all its text without scrolling inside its box', async ({ page }) => {
	const theme = bank.themes[2];
	await page.goto(`/questions/${theme.id}/${theme.questions[1].id}`);
	const action = page.getByLabel('Action', { exact: true });
	await expect(action).toBeEnabled();
	await action.fill(
		Array.from({ length: 40 }, (_, i) => `Step ${i + 1}: what I did next.`).join('\n')
	);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	const inside = await action.evaluate((box) => box.scrollHeight - box.clientHeight);
	expect(inside).toBeLessThanOrEqual(1);
	expect((await action.boundingBox())!.height).toBeGreaterThan(40 * 20);
});

test('the coverage table keeps story names whole and scrolls sideways by keyboard', async ({
	page
}) => {
	for (const title of ['Two leads disagreed sharply over the queue', 'Mentoring an engineer']) {
		await page.goto('/stories');
		await page.getByRole('button', { name: 'New story' }).click();
		await page.getByLabel('Title', { exact: true }).fill(title);
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	}
	await page.goto('/stories');
	const region = page.getByRole('region', { name: 'Coverage table' });
	await expect(region).toBeVisible();
	// No header cell cuts its text, and no word is split across lines.
	const cut = await region.evaluate((el) =>
		[...el.querySelectorAll('th')]
			.filter((th) => th.scrollWidth > th.clientWidth + 1)
			.map((th) => th.textContent)
	);
	expect(cut).toEqual([]);
	await region.focus();
	await expect(region).toBeFocused();
	const before = await region.evaluate((el) => el.scrollLeft);
	await page.keyboard.press('End');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThanOrEqual(before);
	// Scrolled to the end, the last story's name sits whole inside the region, clear of the themes.
	await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	const last = region.getByRole('columnheader').last();
	const [r, h, theme] = await Promise.all([
		region.boundingBox(),
		last.boundingBox(),
		region.getByRole('columnheader', { name: 'Theme' }).boundingBox()
	]);
	expect(h!.x + h!.width).toBeLessThanOrEqual(r!.x + r!.width + 1);
	expect(h!.x).toBeGreaterThanOrEqual(theme!.x + theme!.width - 1);
});

test.describe('the Safari notice on an iPhone', () => {
	test.use({ userAgent: UA.iPhoneSafari });

	test('the notice leaves the answer on the first screens: its steps open on a tap', async ({
		page
	}) => {
		const theme = bank.themes[3];
		await page.goto(`/questions/${theme.id}/${theme.questions[0].id}`);
		await page.getByLabel('Action', { exact: true }).fill('I set up a weekly design review.');
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
		await page.reload();
		const notice = page.getByRole('region', { name: 'Safari may delete your work' });
		await expect(notice).toBeVisible();
		const situation = page.getByLabel('Situation', { exact: true });
		await expect(situation).toBeEnabled();
		await page.evaluate(() => window.scrollTo(0, 0)); // the reload kept where the page was
		await screenshots(page, 'safari-week-folded', 'phone', { fullPage: false });
		const viewport = page.viewportSize()!;
		// Folded, the notice takes under a quarter of the first screen (it filled over half), and
		// the answer's first box is a tenth of a screen lower than without it (see above).
		expect((await notice.boundingBox())!.height).toBeLessThan(viewport.height / 4);
		expect((await situation.boundingBox())!.y).toBeLessThan(viewport.height * 1.4);

		await expect(notice.getByRole('listitem').first()).toBeHidden();
		await notice.getByText('How to keep your work').click();
		await expect(notice.getByRole('listitem')).toHaveText([
			'Download a backup.',
			/tap Share, then Add to Home Screen/,
			/import the backup in Settings/
		]);
	});
});
