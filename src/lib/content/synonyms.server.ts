import { ContentError } from './content-error';
import { parseSynonyms } from './synonyms';

const PATH = 'content/synonyms.md';

// Read at build time, apart from the bank so either file can change without the other.
const raw = import.meta.glob('/content/synonyms.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function load(): string[][] {
	const source = raw[`/${PATH}`];
	if (source === undefined)
		throw new ContentError([{ file: PATH, line: 1, reason: 'file is missing' }]);
	const { groups, problems } = parseSynonyms(PATH, source);
	if (problems.list.length) throw new ContentError(problems.list);
	return groups;
}

/** The validated synonym groups; importing this module throws a ContentError if the file is invalid. */
export const synonyms = load();
