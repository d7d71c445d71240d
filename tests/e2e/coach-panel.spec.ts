import { expect, screenshots, test } from './fixtures';

// A long answer with plenty for the coach to say: hedges, "we", a hypothetical, no numbers.
const ANSWER = {
	Situation:
		'At my last company we kind of had a problem with our release process, and we sort of knew it for a while.',
	Task: 'I would say my job was basically to make releases safer, I guess, without slowing the team down.',
	Action: Array.from(
		{ length: 12 },
		(_, i) =>
			`In week ${i + 1} we looked at the failures again, and we maybe agreed to try a different checklist, and we leveraged the synergies between the teams.`
	).join('\n\n'),
	Result: 'It went fine in the end and everyone was kind of happy.'
};

test('the coach stays reachable beside a long answer, and folds to one line on a phone', async ({
	page
}, info) => {
	await page.goto('/questions/conflict/conflict-design-disagreement');
	for (const [label, text] of Object.entries(ANSWER))
		await page.getByLabel(label, { exact: true }).fill(text);
	const coach = page.getByRole('region', { name: 'Answer coach' });
	const findings = coach.getByRole('region', { name: 'Coach findings' });
	const jargonLink = coach.getByRole('link', { name: 'your jargon list' });
	const viewport = page.viewportSize()!;
	await page.getByLabel('Action', { exact: true }).focus();

	if (info.project.name === 'desktop') {
		await expect(coach.getByRole('heading', { name: 'Must fix' })).toBeVisible();
		await screenshots(page, 'coach-typing', info.project.name, { fullPage: false });
		// The whole panel fits on screen beside the long answer; its findings scroll inside it.
		const box = (await coach.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		expect(await findings.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
		// By keyboard: focus the findings and page down to the last line.
		await findings.focus();
		await expect(findings).toBeFocused();
		await page.keyboard.press('End');
		await expect(jargonLink).toBeInViewport();
		expect((await jargonLink.boundingBox())!.y).toBeLessThan(viewport.height);
		await expect(coach.getByRole('button', { name: /to fix/ })).toBeHidden();
	} else {
		// One line docked above the tab bar: the summary, a button that opens the findings.
		const summary = coach.getByRole('button', { name: 'Coach: 2 to fix · 3 to polish' });
		await expect(summary).toHaveAttribute('aria-expanded', 'false');
		await expect(summary).toBeInViewport();
		await expect(findings).toBeHidden();
		const line = (await summary.locator('.summary-text').boundingBox())!;
		const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
		expect(line.height).toBeLessThan(lineHeight * 1.5);
		expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await screenshots(page, 'coach-summary', info.project.name, { fullPage: false });

		await summary.click();
		await expect(summary).toHaveAttribute('aria-expanded', 'true');
		await expect(findings.getByRole('heading', { name: 'Must fix' })).toBeInViewport();
		await screenshots(page, 'coach-open', info.project.name, { fullPage: false });
		// Escape folds it back, and so does going back to the answer.
		await page.keyboard.press('Escape');
		await expect(summary).toBeFocused();
		await expect(findings).toBeHidden();
		await summary.click();
		await page.getByLabel('Result', { exact: true }).focus();
		await expect(summary).toHaveAttribute('aria-expanded', 'false');
	}
});
