import { readdirSync, readFileSync } from 'node:fs';
import { loadBank } from '../../src/lib/content/load-bank';

/** The real question bank, read the way the build reads it, so tests follow the content. */
function readBank() {
	const files: Record<string, string> = {};
	for (const name of ['narrative.md', 'rubric.md', 'readiness.md', 'keywords.md'])
		files[`content/${name}`] = readFileSync(`content/${name}`, 'utf8');
	for (const name of readdirSync('content/themes'))
		if (name.endsWith('.md'))
			files[`content/themes/${name}`] = readFileSync(`content/themes/${name}`, 'utf8');
	return loadBank(files);
}

export const bank = readBank();
