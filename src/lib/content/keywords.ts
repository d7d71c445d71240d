import { Problems } from './content-error';

/** Theme id → the job-description phrases that point to it, lower-cased, in file order. */
export type KeywordMap = Record<string, string[]>;

/** The heading of the section whose phrases count for no theme ("the ideal candidate"). */
export const IGNORE = 'ignore';

const HEADING = /^##(?:\s+(.*))?$/;
const ITEM = /^[-*]\s+(.+)$/;
/** Plain words: letters and digits, with spaces and a little punctuation inside (ci/cd, 1:1). */
const PHRASE = /^[\p{L}\p{N}](?:[\p{L}\p{N} '’&/:+.-]*[\p{L}\p{N}])?$/u;
const MAX_PHRASE = 60;

/**
 * Parses `content/keywords.md`: free text until the first heading, then one `## <theme-id>`
 * section per theme with `- phrase` items, and optionally `## ignore`: phrases that count for no
 * theme, such as "ideal candidate". Reports unknown or repeated themes, empty sections,
 * repeated or malformed phrases and stray text, each with its line.
 */
export function parseKeywords(
	file: string,
	source: string,
	themeIds: readonly string[]
): { keywords: KeywordMap; ignore: string[]; problems: Problems } {
	const problems = new Problems(file);
	const keywords: KeywordMap = {};
	const known = new Set([...themeIds, IGNORE]);
	const sectionLines = new Map<string, number>();
	let current: { id: string; line: number; phrases: string[] } | undefined;
	let inSections = false;

	const close = () => {
		if (current && current.phrases.length === 0)
			problems.add(
				current.line,
				`"## ${current.id}" has no phrases: add "- phrase" lines under it`
			);
	};

	source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.forEach((text, index) => {
			const line = index + 1;
			const trimmed = text.trim();
			const heading = HEADING.exec(trimmed);
			if (heading) {
				close();
				inSections = true;
				current = undefined;
				const id = (heading[1] ?? '').trim();
				if (!known.has(id)) {
					problems.add(
						line,
						id
							? `"## ${id}" is not a theme id (expected one of ${[...known].join(', ')})`
							: 'a "## " heading needs a theme id, e.g. "## delivery"'
					);
					return;
				}
				const first = sectionLines.get(id);
				if (first !== undefined) {
					problems.add(line, `theme "${id}" already has a section (line ${first})`);
					return;
				}
				sectionLines.set(id, line);
				current = { id, line, phrases: (keywords[id] = []) };
				return;
			}
			if (!inSections || !trimmed) return;
			const item = ITEM.exec(trimmed);
			if (!item) {
				problems.add(line, `unexpected text "${clip(trimmed)}": only "- phrase" lines go here`);
				return;
			}
			if (!current) return; // under a heading already reported
			const phrase = item[1].trim().replace(/\s+/g, ' ').toLowerCase();
			if (phrase.length > MAX_PHRASE || !PHRASE.test(phrase))
				problems.add(
					line,
					`"${clip(phrase)}" is not a plain phrase: use words, digits and - ' & / : + . ` +
						`(at most ${MAX_PHRASE} characters)`
				);
			else if (current.phrases.includes(phrase))
				problems.add(line, `"${phrase}" is listed twice under "## ${current.id}"`);
			else current.phrases.push(phrase);
		});
	close();
	if (!inSections) problems.add(1, 'the file needs at least one "## <theme-id>" section');
	const ignore = keywords[IGNORE] ?? [];
	delete keywords[IGNORE];
	return { keywords, ignore, problems };
}

function clip(text: string) {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
