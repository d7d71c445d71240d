import { stem } from '$lib/search/stem';
import { forEachWord, isIndexable } from '$lib/search/text';
import { Problems } from './content-error';

const HEADING = /^#{1,6}\s/;
const ITEM = /^-\s+(.*)$/;
/** Plain words: letters and digits, with spaces and a little punctuation inside (1:1, d&i, c-suite). */
const PHRASE = /^[\p{L}\p{N}](?:[\p{L}\p{N} '’&/:+.-]*[\p{L}\p{N}])?$/u;
const MAX_PHRASE = 40;

/**
 * Parses `content/synonyms.md`: free text until the first `## ` heading, then `- a, b, c` lines,
 * each a group of phrases search treats as one. Reports malformed or lone entries, entries of
 * filler words only, and any entry listed twice (by stems, as search compares them), with lines.
 */
export function parseSynonyms(
	file: string,
	source: string
): { groups: string[][]; problems: Problems } {
	const problems = new Problems(file);
	const groups: string[][] = [];
	const seen = new Map<string, { entry: string; line: number }>();
	let inGroups = false;

	source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.forEach((text, index) => {
			const line = index + 1;
			const trimmed = text.trim();
			if (trimmed.startsWith('## ')) inGroups = true;
			if (!inGroups || !trimmed || HEADING.test(trimmed)) return;
			const item = ITEM.exec(trimmed);
			if (!item) {
				problems.add(line, `unexpected text "${clip(trimmed)}": only "- a, b, c" lines go here`);
				return;
			}
			const entries = item[1]
				.split(',')
				.map((e) => e.trim().replace(/\s+/g, ' ').toLowerCase())
				.filter(Boolean);
			const group: string[] = [];
			for (const entry of entries) {
				const words: string[] = [];
				forEachWord(entry, (word, joined) => {
					if (!joined) words.push(word);
				});
				const key = words.map(stem).join(' ');
				if (entry.length > MAX_PHRASE || !PHRASE.test(entry))
					problems.add(
						line,
						`"${clip(entry)}" is not a plain phrase: use words, digits and - ' & / : + . ` +
							`(at most ${MAX_PHRASE} characters)`
					);
				else if (!words.some(isIndexable))
					problems.add(line, `"${entry}" has only filler words, which search skips`);
				else if (seen.has(key)) {
					const first = seen.get(key)!;
					problems.add(
						line,
						`"${entry}" is the same to search as "${first.entry}" (line ${first.line}): ` +
							'words that share a stem match each other already'
					);
				} else {
					seen.set(key, { entry, line });
					group.push(entry);
				}
			}
			if (entries.length < 2)
				problems.add(line, 'a group needs at least two entries, separated by commas');
			else if (group.length === entries.length) groups.push(group);
		});
	if (!inGroups) problems.add(1, 'the file needs at least one "## " heading and groups under it');
	return { groups, problems };
}

function clip(text: string) {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
