import { bank } from './bank';
import { expect, test } from './fixtures';

const conflict = bank.themes.find((t) => t.id === 'conflict')!;

test('a misspelt query finds the right question first, and the keyboard opens it', async ({
	page
}, info) => {
	await page.goto('/');
	await page.keyboard.press('/');
	const search = page.getByRole('searchbox', { name: 'Search' });
	await expect(search).toBeFocused();
	await search.fill('confict desgn');
	const results = page.getByRole('listbox', { name: 'Search results' });
	const first = results.getByRole('option').first();
	await expect(first).toContainText(conflict.questions[0].text);
	// Matched words are highlighted (here the first result matched on its theme and id).
	await expect(results.locator('mark').first()).toBeVisible();
	await page.screenshot({ path: `tests/e2e/screenshots/${info.project.name}-search-light.png` });
	await search.press('ArrowDown');
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await search.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/questions/conflict/${conflict.questions[0].id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(conflict.questions[0].text);
});

test('a word from deep inside the user’s answer finds the answer, and Escape clears', async ({
	page
}) => {
	const theme = bank.themes[3];
	const question = theme.questions[4];
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const filler = Array.from({ length: 250 }, (_, i) => `word${i % 17}`).join(' ');
	await page
		.getByLabel('Action', { exact: true })
		.fill(`${filler} we rebuilt the oncall rotisserie`);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill('rotiserie');
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(results.getByRole('group', { name: 'Your answers' })).toContainText(question.text);
	await search.press('Escape');
	await expect(search).toHaveValue('');
	await expect(results).toBeHidden();
});

test('/search?q= is a reloadable page of grouped results', async ({ page }) => {
	await page.goto('/search?q=stakehoder');
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(
		results.getByRole('group', { name: 'Questions' }).getByRole('option').first()
	).toBeVisible();
	await expect(page.getByText(/results for “stakehoder”/)).toBeVisible();
	await page.reload();
	await expect(results.getByRole('option').first()).toContainText(/stakeholder/i);
});
