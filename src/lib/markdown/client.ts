import type { MarkdownRenderer } from './render';

let renderer: Promise<MarkdownRenderer> | undefined;

/** marked + DOMPurify, loaded on first use so that no page pays for them at first paint. */
export function loadMarkdown(): Promise<MarkdownRenderer> {
	renderer ??= Promise.all([import('dompurify'), import('./render')]).then(
		([{ default: purify }, { createRenderer }]) => createRenderer(purify)
	);
	return renderer;
}
