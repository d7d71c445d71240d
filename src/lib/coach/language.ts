/**
 * Whether an answer reads as English. The coach's word lists are English: on other languages they
 * misfire ("Ich" is not "I", Italian "i" is an article), so the coach says so instead of flagging.
 */

// The commonest English words: in English prose they make up a third or more of the words; in
// German, Italian, Spanish or French, a few percent at most ("in", "a", "so" and "was" overlap).
// prettier-ignore
const COMMON = new Set([
	'the', 'and', 'to', 'of', 'a', 'i', 'in', 'was', 'we', 'that', 'it', 'for', 'on', 'with',
	'my', 'our', 'they', 'he', 'she', 'his', 'her', 'them', 'but', 'so', 'this', 'had', 'have',
	'be', 'at', 'by', 'from', 'as', 'not', 'what', 'when', 'which', 'were', 'is', 'are', 'me',
	'us', 'their', 'an', 'or', 'if', 'then', 'about', 'who', 'would', 'could', 'did', 'do',
	'there', 'after', 'before', 'into', 'out', 'up', 'all', 'one', 'team', 'time', 'you', 'your',
	"i'm", "i'd", "i've", "we'd", "we're", "it's", "didn't", "wasn't", "don't", 'how', 'some'
]);

/** Below this share of common English words, Latin-script text is taken as another language. */
const MIN_COMMON_SHARE = 0.12;
/** Fewer words than this say too little to tell. */
const MIN_WORDS = 8;

/** The language is plain from the first few hundred words; a long answer is not read twice. */
const SAMPLE_CHARS = 3000;

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const ASCII_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g;
// Typographic quotes and dashes are common in typed English and say nothing about the language.
const NOT_ASCII = /[^\t\n\r\x20-\x7E‘’“”–—…]/;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’]+$/u;
const LETTER = /\p{L}/gu;
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/gu;

/**
 * True unless the text is clearly in another language: mostly non-Latin letters, or Latin-script
 * words with almost none of the commonest English words among them. Short texts count as English.
 */
export function looksEnglish(text: string): boolean {
	const sample = text.slice(0, SAMPLE_CHARS);
	// Most answers are plain ASCII (curly quotes aside): skip the slower Unicode script tests for them.
	const ascii = !NOT_ASCII.test(sample);
	if (!ascii) {
		const letters = sample.match(LETTER)?.length ?? 0;
		const other = sample.match(NON_LATIN_LETTER)?.length ?? 0;
		if (letters > 0 && other / letters > 0.5) return false;
	}
	let words = 0;
	let common = 0;
	for (const word of sample.match(ascii ? ASCII_WORD : WORD) ?? []) {
		if (!ascii && !LATIN_WORD.test(word)) continue;
		words++;
		if (COMMON.has(word.toLowerCase().replace('’', "'"))) common++;
	}
	return words < MIN_WORDS || common / words >= MIN_COMMON_SHARE;
}
