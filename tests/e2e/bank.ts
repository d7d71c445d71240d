import { readdirSync, readFileSync } from 'node:fs';
import { loadBank } from '../../src/lib/content/load-bank';

/** The real question bank, read the way the build reads it (every .md under content/). */
function readBank() {
	const files: Record<string, string> = {};
	for (const entry of readdirSync('content', { recursive: true, withFileTypes: true }))
		if (entry.isFile() && entry.name.endsWith('.md')) {
			const path = `${entry.parentPath}/${entry.name}`;
			files[path] = readFileSync(path, 'utf8');
		}
	return loadBank(files);
}

export const bank = readBank();
