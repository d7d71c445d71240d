import { loadBank, type ContentFiles } from './load-bank';

// Read at build time; `.server` keeps the raw files and the parser out of the client bundle.
const raw = import.meta.glob('/content/**/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const files: ContentFiles = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

/** The validated question bank; importing this module throws a ContentError if content/ is invalid. */
export const bank = loadBank(files);
