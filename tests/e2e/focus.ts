import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Where focus is, as a keyboard user would judge it: the page itself (focus was lost), off
 * screen, covered by something else (the element at the centre of its visible part is neither it
 * nor inside it), without a ring, or fine.
 */
async function focusProblem(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement)
			return 'focus is on the page body';
		const describe = () =>
			`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
		// An inline link that wraps has one box per line: look at the first one on screen.
		const boxes = [...el.getClientRects()].map((r) => ({
			left: Math.max(r.left, 0),
			right: Math.min(r.right, innerWidth),
			top: Math.max(r.top, 0),
			bottom: Math.min(r.bottom, innerHeight)
		}));
		const box = boxes.find((b) => b.right - b.left >= 1 && b.bottom - b.top >= 1);
		if (!box) return `${describe()} is off screen`;
		const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
		const labels = [...((el as HTMLInputElement).labels ?? [])];
		const ok = hit && (el.contains(hit) || labels.some((label) => label.contains(hit)));
		if (!ok) return `${describe()} is covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
		// A ring wherever the browser shows one (main, the skip link's target, has none on purpose).
		if (el.matches(':focus-visible') && el.tagName !== 'MAIN') {
			const style = getComputedStyle(el);
			if (style.outlineStyle === 'none' && style.boxShadow === 'none')
				return `${describe()} has no focus ring`;
		}
		return '';
	});
}

/** Focus is somewhere a sighted keyboard user can see it (not the page body). */
export async function expectFocusVisible(page: Page) {
	expect(await focusProblem(page)).toBe('');
}

/** Focus is on `target`, which is visible, not covered and ringed. */
export async function expectFocus(page: Page, target: Locator) {
	await expect(target).toBeFocused();
	expect(await focusProblem(page)).toBe('');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking after every press that focus is
 * somewhere a sighted keyboard user can see it.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		expect(await focusProblem(page), `after ${i + 1} presses`).toBe('');
	}
	await expectFocus(page, target);
}
