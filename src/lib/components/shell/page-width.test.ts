import { describe, expect, it } from 'vitest';
import { pageWidth } from './page-width';

describe('pageWidth', () => {
	it('gives the one-column tool pages a reading column', () => {
		for (const route of ['/practice', '/review', '/settings', '/interviews'])
			expect(pageWidth(route)).toBe('reading');
	});

	it('lets browsing pages, their sub-pages and unknown routes use the whole width', () => {
		for (const route of ['/', '/questions', '/narrative', '/stories', '/interviews/[id]'])
			expect(pageWidth(route)).toBe('wide');
		expect(pageWidth(null)).toBe('wide');
	});
});
