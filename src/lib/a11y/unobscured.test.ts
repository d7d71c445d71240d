import { describe, expect, it } from 'vitest';
import { scrollToClear } from './unobscured';

const rect = (top: number, height: number, left = 0, width = 360) =>
	({ top, bottom: top + height, left, right: left + width, height, width }) as DOMRect;

describe('scrollToClear', () => {
	const viewport = 780;

	it('leaves a control alone when nothing covers it', () => {
		expect(scrollToClear(rect(100, 44), rect(680, 100), viewport)).toBe(0);
		// Side by side at the same height.
		expect(scrollToClear(rect(700, 44, 0, 100), rect(680, 100, 200, 160), viewport)).toBe(0);
	});

	it('scrolls a control up from under a toast at the foot of the screen', () => {
		// Control 700–744, toast from 680: scroll down 64 + 8 so its bottom sits 8 px above.
		expect(scrollToClear(rect(700, 44), rect(680, 100), viewport)).toBe(72);
	});

	it('scrolls a control down from under a bar at the top', () => {
		expect(scrollToClear(rect(20, 44), rect(0, 56), viewport)).toBe(-44);
	});
});
