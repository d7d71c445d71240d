import { countWords, DEFAULT_WORDS_PER_MINUTE, speakingSeconds } from '$lib/answers/star-stats';

export interface SectionStats {
	words: number;
	seconds: number;
	/** Only for sections with a spoken target (the 60-second and 2-minute versions). */
	targetSeconds?: number;
	overTarget: boolean;
	/** Words that fit the target at the speaking rate. */
	targetWords?: number;
}

/** Word count and spoken length of a narrative section, checked against its target. */
export function sectionStats(
	text: string,
	targetSeconds?: number,
	wordsPerMinute = DEFAULT_WORDS_PER_MINUTE
): SectionStats {
	const words = countWords(text);
	const seconds = speakingSeconds(words, wordsPerMinute);
	return {
		words,
		seconds,
		targetSeconds,
		overTarget: targetSeconds !== undefined && seconds > targetSeconds,
		targetWords: targetSeconds && Math.round((targetSeconds / 60) * wordsPerMinute)
	};
}

/** The narrative as one Markdown document, for download or pasting into notes. */
export function narrativeMarkdown(
	title: string,
	sections: { id: string; title: string }[],
	texts: Map<string, string>,
	date = new Date()
): string {
	const parts = [`# ${title}`, `_Exported ${date.toISOString().slice(0, 10)} from STAR practice._`];
	for (const s of sections) {
		const text = texts.get(s.id)?.trim();
		parts.push(`## ${s.title}`, text || '_Not written yet._');
	}
	return parts.join('\n\n') + '\n';
}
