import type { Page } from '@playwright/test';
import { bank } from './bank';
import { expect, test } from './fixtures';

const theme = bank.themes[2];
const question = theme.questions[0];
const sentence = 'We had two weeks and a team that disagreed on everything.\n';
const megabyte = `The start of my notes.\n${sentence.repeat(Math.ceil(2 ** 20 / sentence.length))}The end of my notes.`;

/** Opens the question and pastes the megabyte into Situation; returns its first box. */
async function pasteMegabyte(page: Page) {
	await page.goto(`/questions/${theme.id}/${question.id}`);
	const situation = page.getByLabel('Situation', { exact: true });
	await expect(situation).toBeEnabled();
	// A paste (fill would type the megabyte through the editing commands, far slower than a paste).
	await situation.evaluate((box: HTMLTextAreaElement, text) => {
		box.value = text;
		box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
	}, megabyte);
	return situation;
}

/** Clicks part 3 of Situation (a stand-in until then: it becomes a box) and types at its start. */
async function typeAtStartOfPart3(page: Page, text: string) {
	await page.getByRole('textbox', { name: /^Situation, continued \(part 3 of/ }).click();
	const box = page.locator('textarea[aria-label^="Situation, continued (part 3 of"]');
	await expect(box).toBeFocused();
	await box.press('ControlOrMeta+Home');
	await box.pressSequentially(text);
}

/** The text of each part of Situation, boxes and stand-ins alike, in order. */
const situationParts = (page: Page) =>
	page
		.getByRole('textbox', { name: /^Situation/ })
		.evaluateAll((boxes) =>
			boxes.map((b) => (b instanceof HTMLTextAreaElement ? b.value : (b.textContent ?? '')))
		);

test('a 1 MB answer is edited in parts: its start and end show, and typing at the end is kept', async ({
	page
}) => {
	test.slow(); // a megabyte is laid out three times, on a shared machine
	const situation = await pasteMegabyte(page);
	await expect(page.getByRole('textbox', { name: /^Situation, continued/ }).first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	// Reading a megabyte takes long: counts and coach wait for a real pause, and say so.
	await expect(
		page.getByText('the coach catch up when you stop typing for 2 s', { exact: false })
	).toBeVisible();

	await page.reload();
	const continued = page.getByRole('textbox', { name: /^Situation, continued/ });
	await expect(situation).toHaveValue(/^The start of my notes\.\nWe had two weeks/);
	await expect(continued.last()).toHaveValue(/The end of my notes\.$/);
	await expect(continued.last()).toBeEnabled();
	await continued.last().focus();
	await continued.last().press('ControlOrMeta+End');
	await continued.last().pressSequentially(' Kept.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	await page.reload();
	await expect(continued.last()).toHaveValue(/The end of my notes\. Kept\.$/);
	expect((await situationParts(page)).join('')).toBe(`${megabyte} Kept.`);
});

test('a part in the middle of a 1 MB answer becomes a box when clicked, and what is typed there is kept', async ({
	page
}) => {
	test.slow(); // a megabyte is laid out three times, on a shared machine
	await pasteMegabyte(page);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	// Only the first, the last and the part being edited are textareas: the rest stand in as text.
	await expect(page.locator('textarea[aria-label^="Situation, continued"]')).toHaveCount(1);

	await typeAtStartOfPart3(page, 'Middle. ');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

	await page.reload();
	// Read once every part is drawn again (it read too early, before the parts, now and then).
	await expect(page.getByRole('textbox', { name: /^Situation, continued/ }).last()).toHaveValue(
		/The end of my notes\.$/
	);
	const whole = await situationParts(page);
	const at = whole[0]!.length + whole[1]!.length;
	expect(whole.join('')).toBe(`${megabyte.slice(0, at)}Middle. ${megabyte.slice(at)}`);
});

test('a click deep inside a long part of a 1 MB answer types where it fell, in a small box', async ({
	page
}) => {
	test.slow();
	await pasteMegabyte(page);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	const before = await situationParts(page);
	// Parts nobody has typed in are long (few elements); the one clicked is cut into small ones.
	const index = before.findIndex((text, i) => i > 0 && text.length > 6_000);
	expect(index).toBeGreaterThan(0);
	const part = page.getByRole('textbox', { name: /^Situation/ }).nth(index);
	await part.scrollIntoViewIfNeeded();
	// A point on screen some lines into the part, once it is drawn (parts off screen are skipped
	// until they come into view), and the offset in its text a click there falls on.
	const target = async () =>
		part.evaluate(async (el) => {
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const rect = el.getBoundingClientRect();
			const x = rect.left + rect.width / 2;
			const y = Math.max(rect.top, 0) + 120;
			const at = document.caretPositionFromPoint(x, y);
			if (document.elementFromPoint(x, y) !== el || !at || !el.contains(at.offsetNode)) return null;
			const range = document.createRange();
			range.setStart(el, 0);
			range.setEnd(at.offsetNode, at.offset);
			return { x, y, offset: range.toString().length };
		});
	await expect.poll(target).not.toBeNull();
	const { x, y, offset } = (await target())!;
	expect(offset).toBeGreaterThan(0);
	await page.mouse.click(x, y);
	await page.keyboard.type('Here. ');
	const focused = page.locator('textarea:focus');
	await expect(focused).toHaveValue(/Here\. /);
	expect((await focused.inputValue()).length).toBeLessThan(3_500);

	const at = before.slice(0, index).join('').length + offset;
	const whole = before.join('');
	await expect
		.poll(async () => (await situationParts(page)).join(''))
		.toBe(`${whole.slice(0, at)}Here. ${whole.slice(at)}`);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: /^Situation, continued/ }).last()).toHaveValue(
		/The end of my notes\.$/
	);
	expect((await situationParts(page)).join('')).toBe(
		`${whole.slice(0, at)}Here. ${whole.slice(at)}`
	);
});

test('the first keystroke in a 1 MB answer opened again writes no megabyte to storage @desktop-only', async ({
	page
}) => {
	test.slow();
	await pasteMegabyte(page);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await page.reload();
	const last = page.getByRole('textbox', { name: /^Situation, continued/ }).last();
	await expect(last).toHaveValue(/The end of my notes\.$/);
	// The stash's base for the megabyte is written while the page is idle, before any typing.
	await expect
		.poll(() =>
			page.evaluate(() =>
				Object.keys(localStorage).some((k) => k.startsWith('star-practice:unsaved-base:'))
			)
		)
		.toBe(true);
	await page.evaluate(() => {
		const setItem = Storage.prototype.setItem;
		(window as unknown as { written: number[] }).written = [];
		Storage.prototype.setItem = function (key: string, value: string) {
			(window as unknown as { written: number[] }).written.push(value.length);
			return setItem.call(this, key, value);
		};
	});
	await last.click();
	await last.press('ControlOrMeta+End');
	await page.keyboard.type(' More.');
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	const written = await page.evaluate(() => (window as unknown as { written: number[] }).written);
	expect(written.length).toBeGreaterThanOrEqual(6);
	expect(Math.max(...written)).toBeLessThan(10_000);
	await page.reload();
	await expect(last).toHaveValue(/The end of my notes\. More\.$/);
});

// The stash keeps a megabyte as a base written once plus the span typed since: a crash must
// still bring back every key, in the middle and at the end.
test('a crash while typing in a 1 MB answer loses none of the typing @desktop-only', async ({
	page,
	context
}) => {
	test.slow(); // a megabyte is laid out three times, on a shared machine
	await pasteMegabyte(page);
	await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
	await typeAtStartOfPart3(page, 'Middle. ');
	const whole = await situationParts(page);
	// No write reaches IndexedDB from now on; then the renderer dies, with no pagehide or flush.
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('stalled', 'AbortError');
		};
	});
	const last = page.locator('textarea[aria-label^="Situation, continued"]').last();
	await last.focus();
	await last.press('ControlOrMeta+End');
	await last.pressSequentially(' Typed before the crash.');
	await page.goto('chrome://crash').catch(() => {});

	const again = await context.newPage();
	await again.goto(`/questions/${theme.id}/${question.id}`);
	await expect(again.getByRole('textbox', { name: /^Situation, continued/ }).last()).toHaveValue(
		/Typed before the crash\.$/
	);
	expect((await situationParts(again)).join('')).toBe(`${whole.join('')} Typed before the crash.`);
});
