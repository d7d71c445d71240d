import { bank } from './bank';
import { expect, test } from './fixtures';

test('the app can be used with the keyboard alone, with a visible focus ring', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();

	// Tab through the header to the main navigation.
	const questionsLink = page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Questions' });
	for (
		let i = 0;
		i < 6 && !(await questionsLink.evaluate((el) => el === document.activeElement));
		i++
	)
		await page.keyboard.press('Tab');
	await expect(questionsLink).toBeFocused();
	const outline = await questionsLink.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/questions$/);

	// Skip the header, then open the first theme and its first question with Tab and Enter.
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	const [theme] = bank.themes;
	const themeLink = page.getByRole('link', { name: new RegExp(theme.title) });
	for (let i = 0; i < 10 && !(await themeLink.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(themeLink).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: theme.title })).toBeVisible();
});
