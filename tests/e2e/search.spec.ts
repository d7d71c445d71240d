import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, screenshots, test } from './fixtures';

const questions = bank.themes.flatMap((t) => t.questions.map((q) => ({ ...q, theme: t })));
const question = (id: string) => questions.find((q) => q.id === id)!;
const titles = (...ids: string[]) => ids.map((id) => question(id).text);

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const firstQuestion = (page: Page) =>
	listbox(page).getByRole('group', { name: 'Questions' }).getByRole('option').first();

test(
	'what people type finds a relevant question first',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		await page.goto('/');
		const search = combobox(page);
		const cases = [
			{
				query: 'stakeholder pushback',
				relevant: titles(
					'stakeholders-saying-no',
					'stakeholders-leader-bypasses-team',
					'conflict-product-partner'
				)
			},
			{
				query: '1:1',
				relevant: titles(
					'people-approach-one-on-ones',
					'people-stalled-one-on-ones',
					'first-90-days-first-one-on-ones'
				)
			},
			{
				query: 'how do I give feedback to my manager',
				relevant: titles('feedback-to-your-manager')
			}
		];
		for (const { query, relevant } of cases) {
			await search.fill(query);
			const first = firstQuestion(page);
			await expect(first).toBeVisible();
			const text = (await first.locator('.title').textContent()) ?? '';
			expect(relevant, `${query}: first was "${text}"`).toContain(text);
			// Results read as questions with their theme, never as raw ids.
			const shown = questions.find((q) => q.text === text)!;
			await expect(first).toContainText(shown.theme.title);
			await expect(listbox(page)).not.toContainText(shown.id);
		}
		await search.fill('stakeholder pushback');
		await expect(firstQuestion(page)).toBeVisible();
		await screenshots(page, 'search-box', info.project.name, { fullPage: false });
	}
);

test(
	'the search box is a combobox: arrows, Enter, Escape and Tab by keyboard',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		const search = combobox(page);
		await expect(search).toBeFocused();
		await expect(search).toHaveAttribute('aria-expanded', 'false');

		await search.pressSequentially('confict');
		await expect(search).toHaveAttribute('aria-expanded', 'true');
		const options = listbox(page).getByRole('option');
		await expect(options.first()).toBeVisible();
		await expect(search).not.toHaveAttribute('aria-activedescendant');

		// Down moves through the options; the active one is selected, named by the input, in view.
		await search.press('ArrowDown');
		const active = async () => {
			const id = await search.getAttribute('aria-activedescendant');
			expect(id).toBeTruthy();
			return page.locator(`[id="${id}"]`);
		};
		await expect(await active()).toHaveAttribute('aria-selected', 'true');
		const count = await options.count();
		for (let i = 1; i < count; i++) await search.press('ArrowDown');
		const last = await active();
		await expect(last).toHaveText(/All results for “confict”/);
		await expect(last).toBeInViewport();
		await expect(search).toBeFocused();
		// Down from the end wraps to the top.
		await search.press('ArrowDown');
		await expect(await active()).toHaveAttribute('id', (await options.first().getAttribute('id'))!);

		// Escape closes the list and keeps the text; a second Escape clears it.
		await search.press('Escape');
		await expect(search).toHaveAttribute('aria-expanded', 'false');
		await expect(search).toHaveValue('confict');
		await search.press('Escape');
		await expect(search).toHaveValue('');

		// Tab leaves the box for the next control; no result takes focus and then vanishes.
		await search.fill('conflict');
		await expect(options.first()).toBeVisible();
		await search.press('Tab');
		await expect(search).toHaveAttribute('aria-expanded', 'false');
		await expect(listbox(page).getByRole('option')).toHaveCount(0);
		const focused = page.locator(':focus');
		await expect(focused).toHaveCount(1);
		expect(await focused.evaluate((el) => el.closest('[role="search"]'))).toBeNull();

		// Enter on an option opens it.
		await search.fill('hiring bar');
		await expect(firstQuestion(page)).toBeVisible();
		const title = await firstQuestion(page).locator('.title').textContent();
		const target = questions.find((q) => q.text === title)!;
		await search.press('ArrowDown');
		await search.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/questions/${target.theme.id}/${target.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.text);
	}
);

test(
	'the count, "nothing matches" and "did you mean" are announced, and a correction is one key away',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/');
		const search = combobox(page);
		const status = page.getByRole('search').getByRole('status');
		await search.fill('stakehoder');
		await expect(status).toHaveText(/^\d+ results\. Did you mean “stakeholder”\?$/);
		const suggestion = listbox(page).getByRole('option', { name: 'Did you mean stakeholder?' });
		await expect(suggestion).toBeVisible();
		await search.press('ArrowDown');
		await expect(suggestion).toHaveAttribute('aria-selected', 'true');
		await search.press('Enter');
		await expect(search).toHaveValue('stakeholder');
		await expect(suggestion).toHaveCount(0);
		await expect(status).toHaveText(/^\d+ results\.$/);

		await search.fill('xyzzyq');
		await expect(listbox(page).getByRole('option')).toHaveCount(1); // "All results" only
		await expect(
			page.getByText('Nothing matches “xyzzyq”.').filter({ visible: true })
		).toBeVisible();
		await expect(status).toHaveText('Nothing matches “xyzzyq”.');
	}
);

test(
	'a word from deep inside the user’s answer finds their answer first, in its own group',
	{ tag: '@desktop-only' },
	async ({ page }, info) => {
		const theme = bank.themes[3];
		const answered = theme.questions[4];
		await page.goto(`/questions/${theme.id}/${answered.id}`);
		const filler = Array.from({ length: 250 }, (_, i) => `word${i % 17}`).join(' ');
		await page
			.getByLabel('Action', { exact: true })
			.fill(`${filler} we rebuilt the oncall rotisserie`);
		await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

		const search = combobox(page);
		await search.fill('rotiserie');
		const yours = listbox(page).getByRole('group', { name: 'Your work' });
		await expect(yours.getByRole('option').first()).toContainText(answered.text);
		await expect(yours.getByRole('option').first()).toContainText('Your answer');
		await expect(yours.locator('mark').first()).toHaveText('rotisserie');
		await screenshots(page, 'search-yours', info.project.name, { fullPage: false });
	}
);

test('/search?q= is a reloadable page of plain links, grouped, with "did you mean"', async ({
	page
}, info) => {
	await page.goto('/search?q=stakehoder');
	const main = page.getByRole('main');
	await expect(main.getByRole('status')).toHaveText(/results for “stakehoder”\. Did you mean/);
	const questionsSection = main.getByRole('region', { name: 'Questions' });
	const links = questionsSection.getByRole('link');
	await expect(links.first()).toContainText(/stakeholder/i);
	await expect(main.getByRole('listbox')).toHaveCount(0);
	await screenshots(page, 'search-page', info.project.name, { fullPage: false });

	await main.getByRole('link', { name: 'stakeholder', exact: true }).click();
	await expect(page).toHaveURL(/\/search\?q=stakeholder$/);
	await expect(main.getByRole('status')).toHaveText(/^\d+ results for “stakeholder”\.\s*$/);
	await page.reload();
	await expect(links.first()).toContainText(/stakeholder/i);

	// Tab walks the results as ordinary links.
	await links.first().focus();
	await page.keyboard.press('Tab');
	await expect(links.nth(1)).toBeFocused();
});

test(
	'the interview page’s question finder uses the same engine, typos and all',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/interviews');
		await page.getByRole('button', { name: 'Add interview', exact: true }).click();
		await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]+\?new$/);
		const finder = page.getByLabel('Find a question');
		await expect(finder).toBeEnabled();
		await finder.fill('disagre enginers');
		const design = question('conflict-design-disagreement');
		await expect(page.getByRole('checkbox').first()).toHaveAccessibleName(
			new RegExp(design.text.replace(/[.?]/g, '\\$&'))
		);
		await finder.fill('stakeholdr');
		await expect(page.getByRole('checkbox', { name: /stakeholder/i }).first()).toBeVisible();
	}
);
