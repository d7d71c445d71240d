import { describe, expect, it } from 'vitest';
import { markdown } from './render.server';

describe('markdown rendering', () => {
	it('renders block and inline markdown', () => {
		expect(markdown.block('Some **bold**\n\n- one\n- two')).toBe(
			'<p>Some <strong>bold</strong></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n'
		);
		expect(markdown.inline('a *b* `c`')).toBe('a <em>b</em> <code>c</code>');
	});

	it('makes script payloads inert', () => {
		const html = markdown.block(
			'<img src=x onerror=alert(1)> [click](javascript:alert(1)) <script>alert(1)</script>' +
				' <a href="#" onclick="alert(1)">x</a> <svg><script>alert(1)</script></svg>'
		);
		expect(html).not.toMatch(/<img|<script|<svg|<a href="#"|javascript:/i);
		// Raw HTML is shown as text, never parsed as markup.
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('shows raw HTML as text, and opens links safely', () => {
		const html = markdown.inline(
			'<span style="position:fixed">x</span> [site](https://example.org)'
		);
		expect(html).toBe(
			'&lt;span style="position:fixed"&gt;x&lt;/span&gt; <a href="https://example.org" target="_blank" rel="noopener noreferrer">site</a>'
		);
		expect(markdown.block('<form action="/x"><input></form>')).not.toContain('<form');
	});
});
