import type { DOMPurify } from 'dompurify';
import { Marked } from 'marked';

export interface MarkdownRenderer {
	/** Block markdown (paragraphs, lists) to sanitised HTML. */
	block(markdown: string): string;
	/** One line of inline markdown (bold, code, links) to sanitised HTML without a wrapping <p>. */
	inline(markdown: string): string;
}

/**
 * marked, then DOMPurify, always in that order: content files, the user's answers and imported
 * backups all pass through here before they reach `{@html}`.
 */
export function createRenderer(purify: DOMPurify): MarkdownRenderer {
	const marked = new Marked({ gfm: true, async: false });
	// Raw HTML shows as the text it is: answers need formatting, not markup, and a browser with a
	// CSP reports every inline handler it merely parses, even in DOMPurify's inert document.
	// An image from another site would be blocked by the CSP (and logged) on every render: say so.
	marked.use({
		renderer: {
			html: ({ text }) => escapeHtml(text),
			image: ({ href, text }) =>
				isRemote(href)
					? `<span class="remote-image">[image not shown: ${escapeHtml(text || href)}. Remote images are not shown.]</span>`
					: false
		}
	});
	const clean = (html: string) =>
		purify.sanitize(html, { FORBID_ATTR: ['style'], FORBID_TAGS: ['style', 'form'] });
	purify.addHook('afterSanitizeAttributes', (node) => {
		// Links open outside the app without handing it a window reference.
		if (node.tagName === 'A' && node.getAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	return {
		block: (markdown) => clean(marked.parse(markdown) as string),
		inline: (markdown) => clean(marked.parseInline(markdown) as string)
	};
}

/** An address on another site (the app itself only serves relative, data: and blob: images). */
function isRemote(href: string) {
	return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href.trim()) && !/^(?:data|blob):/i.test(href.trim());
}

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
