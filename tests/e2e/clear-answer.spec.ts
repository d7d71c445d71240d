import { bank } from './bank';
import { expect, test } from './fixtures';

const theme = bank.themes[3];
const question = theme.questions[1];

test('an answer can be cleared, and Undo or its earlier versions bring it back', async ({
	page
}) => {
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const situation = page.getByLabel('Situation', { exact: true });
	const action = page.getByLabel('Action', { exact: true });
	const clear = page.getByRole('button', { name: 'Clear answer' });
	await expect(situation).toBeEnabled();
	await expect(clear).toHaveCount(0); // nothing to clear yet
	await situation.fill('Our on-call rota burned out two people.');
	await action.fill('I split the rota and paid for the nights.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	await clear.click();
	await expect(situation).toHaveValue('');
	await expect(action).toHaveValue('');
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeFocused();
	await expect(page.getByRole('group', { name: 'Undo' })).toContainText('Cleared your answer.');
	await undo.click();
	await expect(situation).toHaveValue('Our on-call rota burned out two people.');
	await expect(situation).toBeFocused();
	await page.reload();
	await expect(action).toHaveValue('I split the rota and paid for the nights.');

	// Cleared and reloaded, it is gone, but kept among the earlier versions.
	await clear.click();
	await expect(situation).toHaveValue('');
	await page.reload();
	await expect(situation).toBeEnabled();
	await expect(situation).toHaveValue('');
	await expect(clear).toHaveCount(0);
	// Both clears are kept, newest first.
	await page.getByText('Earlier versions (2)').click();
	await page
		.getByRole('button', { name: 'Restore “Your answer before you cleared it”' })
		.first()
		.click();
	await expect(action).toHaveValue('I split the rota and paid for the nights.');
	await page.reload();
	await expect(situation).toHaveValue('Our on-call rota burned out two people.');
});
