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

/** One word of a phrase, also matching its plural and possessive: policy → policies, team's. */
function wordPattern(word: string): string {
	const possessive = `(?:['’]s?)?`;
	if (/[^aeiou]y$/.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)${possessive}`;
	return `${escape(word)}(?:e?s)?${possessive}`;
}

const patterns = new Map<string, RegExp>();

/** A phrase as a case-insensitive whole-word pattern; hyphen or space between words alike. */
export function phrasePattern(phrase: string): RegExp {
	let pattern = patterns.get(phrase);
	if (!pattern) {
		const words = phrase
			.toLowerCase()
			.split(/[\s-]+/)
			.filter(Boolean);
		pattern = new RegExp(
			`(?<![\\p{L}\\p{N}])${words.map(wordPattern).join('[\\s-]+')}(?![\\p{L}\\p{N}])`,
			'giu'
		);
		patterns.set(phrase, pattern);
	}
	pattern.lastIndex = 0;
	return pattern;
}

/**
 * Themes that any phrase of `keywords` matches in `text`, ranked by total matches, then by how
 * many different phrases matched, then in the map's order. Within one theme a longer phrase
 * claims its words first, so "stakeholder management" is not also counted as "stakeholder".
 * Themes with no match are left out.
 */
export function rankThemes(
	text: string,
	keywords: Record<string, readonly string[]>
): RankedTheme[] {
	const ranked: (RankedTheme & { order: number })[] = [];
	Object.entries(keywords).forEach(([themeId, phrases], order) => {
		const claimed: [number, number][] = [];
		const counts = new Map<string, number>();
		const longestFirst = phrases
			.map((phrase, index) => ({ phrase, index }))
			.sort((a, b) => b.phrase.length - a.phrase.length || a.index - b.index);
		for (const { phrase } of longestFirst) {
			for (const m of text.matchAll(phrasePattern(phrase))) {
				const start = m.index;
				const end = start + m[0].length;
				if (claimed.some(([s, e]) => start < e && end > s)) continue;
				claimed.push([start, end]);
				counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
			}
		}
		if (counts.size === 0) return;
		const found = phrases
			.filter((p) => counts.has(p))
			.map((phrase) => ({ phrase, count: counts.get(phrase)! }))
			.sort((a, b) => b.count - a.count);
		ranked.push({ themeId, total: claimed.length, phrases: found, order });
	});
	return ranked
		.sort((a, b) => b.total - a.total || b.phrases.length - a.phrases.length || a.order - b.order)
		.map(({ themeId, total, phrases }) => ({ themeId, total, phrases }));
}
