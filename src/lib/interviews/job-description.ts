/**
 * Ranks the bank's themes for a job description by counting the phrases of the keyword map in
 * it (content/keywords.md). Transparent on purpose: every rank comes with the phrases behind it.
 */

export interface PhraseCount {
	phrase: string;
	count: number;
}

export interface RankedTheme {
	themeId: string;
	/** Matches of all the theme's phrases together. */
	total: number;
	/** The phrases found, most frequent first (ties in the map's order). */
	phrases: PhraseCount[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Short words that take no endings: "on" must not find "ones", nor "the" "thes". */
const PLAIN = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'or']);

/**
 * US and UK spellings of a lower-case word, as a pattern: organise / organize, prioritisation /
 * prioritization, behaviour / behavior, judgement / judgment, programme / program, centre / center.
 */
function spellings(word: string): string {
	return escape(word)
		.replace(/judge?ment/, 'judge?ment')
		.replace(/gram(?:me)?$/, 'gram(?:me)?')
		.replace(/(?<=\p{L}{3})i[sz](?=e$|es$|ed$|ing$|ation)/u, 'i[sz]')
		.replace(/(?<=\p{L}{2})y[sz](?=e$)/u, 'y[sz]')
		.replace(/(?<=\p{L}{3})ou?r$/u, 'ou?r')
		.replace(/(?<=\p{L}{2})t(?:re|er)$/u, 't(?:re|er)');
}

/**
 * One word of a phrase, also matching its other forms: plural and possessive (policy → policies,
 * team's), verb endings (hire → hires, hired, hiring; plan → planned, planning; coach → coaching)
 * and US/UK spellings. Phrases are written in the base form, so "coach" finds "coaching".
 */
function wordPattern(word: string): string {
	const possessive = `(?:['’]s?)?`;
	if (PLAIN.has(word)) return escape(word);
	if (word.length < 3 || !/^\p{L}+$/u.test(word)) return `${escape(word)}(?:e?s)?${possessive}`;
	const spelled = spellings(word);
	if (/[^aeiou]y$/.test(word)) return `${spelled.slice(0, -1)}(?:y|ies|ied|ying)${possessive}`;
	if (/[^e]e$/.test(word) && spelled.endsWith('e'))
		return `${spelled.slice(0, -1)}(?:e|es|ed|ing)${possessive}`;
	// A final consonant after a single vowel may double before -ed and -ing (plan → planning).
	const double = /(?:^|[^aeiou])[aeiou]([b-df-hj-np-tvz])$/.exec(word)?.[1];
	const verb = double ? `(?:${double})?(?:ed|ing)` : '(?:ed|ing)';
	return `${spelled}(?:e?s|${verb})?${possessive}`;
}

const patterns = new Map<string, RegExp>();

/** A phrase as a case-insensitive whole-word pattern; a hyphen, a comma or spaces between words alike. */
export function phrasePattern(phrase: string): RegExp {
	let pattern = patterns.get(phrase);
	if (!pattern) {
		const words = phrase
			.toLowerCase()
			.split(/[\s-]+/)
			.filter(Boolean);
		pattern = new RegExp(
			`(?<![\\p{L}\\p{N}])${words.map(wordPattern).join('[\\s,-]+')}(?![\\p{L}\\p{N}])`,
			'giu'
		);
		patterns.set(phrase, pattern);
	}
	pattern.lastIndex = 0;
	return pattern;
}

type Range = [number, number];

/** Where `phrases` match in `text`, longest phrase first, each range claimed once. */
function claim(
	text: string,
	phrases: readonly string[],
	claimed: Range[],
	counts?: Map<string, number>
) {
	const longestFirst = phrases
		.map((phrase, index) => ({ phrase, index }))
		.sort((a, b) => b.phrase.length - a.phrase.length || a.index - b.index);
	for (const { phrase } of longestFirst) {
		for (const m of text.matchAll(phrasePattern(phrase))) {
			const start = m.index;
			const end = start + m[0].length;
			if (claimed.some(([s, e]) => start < e && end > s)) continue;
			claimed.push([start, end]);
			counts?.set(phrase, (counts.get(phrase) ?? 0) + 1);
		}
	}
}

/**
 * Themes that any phrase of `keywords` matches in `text`, ranked by total matches, then by how
 * many different phrases matched, then in the map's order. Within one theme a longer phrase
 * claims its words first, so "stakeholder management" is not also counted as "stakeholder".
 * Text matched by an `ignored` phrase counts for no theme. Themes with no match are left out.
 */
export function rankThemes(
	text: string,
	keywords: Record<string, readonly string[]>,
	ignored: readonly string[] = []
): RankedTheme[] {
	// Words about the applicant or boilerplate ("the ideal candidate") are taken out first.
	const ignoredRanges: Range[] = [];
	claim(text, ignored, ignoredRanges);
	const ranked: (RankedTheme & { order: number })[] = [];
	Object.entries(keywords).forEach(([themeId, phrases], order) => {
		const claimed: Range[] = [...ignoredRanges];
		const counts = new Map<string, number>();
		claim(text, phrases, claimed, counts);
		if (counts.size === 0) return;
		const found = phrases
			.filter((p) => counts.has(p))
			.map((phrase) => ({ phrase, count: counts.get(phrase)! }))
			.sort((a, b) => b.count - a.count);
		const total = claimed.length - ignoredRanges.length;
		ranked.push({ themeId, total, phrases: found, order });
	});
	return ranked
		.sort((a, b) => b.total - a.total || b.phrases.length - a.phrases.length || a.order - b.order)
		.map(({ themeId, total, phrases }) => ({ themeId, total, phrases }));
}
