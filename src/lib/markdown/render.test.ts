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

	// Issue 24, item 12: the CSP blocked a remote image but logged an error on every render.
	it('says a remote image is not shown instead of asking for it', () => {
		for (const src of [
			'https://tracker.example/p.png',
			'//cdn.example/a.gif',
			'HTTP://x.example/b'
		])
			expect(markdown.block(`See ![the chart](${src})`)).toBe(
				'<p>See <span class="remote-image">[image not shown: the chart. Remote images are not shown.]</span></p>\n'
			);
		expect(markdown.inline('![](https://x.example/c.png)')).not.toContain('<img');
		expect(markdown.inline('![dot](data:image/png;base64,iVBORw0KGgo=)')).toContain('<img');
	});
});
