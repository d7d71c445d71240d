/**
 * What the written answer has that the spoken one left out: its numbers (a result without its
 * figure loses most of its weight) and its key phrases. Pure. Spoken numbers may come back as
 * figures ("40%") or words ("forty percent"); both count as said.
 */
import type { StarPart } from '$lib/db/types';

export interface LeftOut {
	/** Figures from the written answer, each with the words before it ("cut pages by 40%"). */
	numbers: string[];
	/** Phrases of two or more content words from the written answer that were not said. */
	phrases: string[];
}

/** Most a list shows: a long list stops being advice. */
export const MAX_LEFT_OUT = 6;

// prettier-ignore
const UNITS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
	ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
	seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
	sixty: 60, seventy: 70, eighty: 80, ninety: 90
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Every number in `text` as a value: figures ("1,200", "3.5", "2k") and number words. */
export function numbersIn(text: string): number[] {
	const values: number[] = [];
	const tokens = text.toLowerCase().match(/\d[\d,]*(?:\.\d+)?[km]?|[a-z]+/g) ?? [];
	let words: number | null = null;
	let group = 0;
	const flush = () => {
		if (words !== null) values.push(words + group);
		words = null;
		group = 0;
	};
	for (const token of tokens) {
		if (/^\d/.test(token)) {
			flush();
			const scale = token.endsWith('k') ? 1000 : token.endsWith('m') ? 1e6 : 1;
			values.push(parseFloat(token.replace(/[,km]/g, '')) * scale);
		} else if (token in UNITS) {
			words ??= 0;
			group += UNITS[token];
		} else if (token in SCALES && words !== null) {
			const scale = SCALES[token];
			if (scale === 100) group = (group || 1) * 100;
			else {
				words += (group || 1) * scale;
				group = 0;
			}
		} else if (token === 'and' && words !== null) continue;
		else flush();
	}
	flush();
	return values;
}

// prettier-ignore
const STOPWORDS = new Set(
	('a an the and or but if so of to in on at by for with from into onto over under about after ' +
		'before than then that this these those it its it\'s is was were be been being are am do did ' +
		'does done have has had i me my mine we us our you your he him his she her they them their ' +
		'who whom which what when where why how not no yes all any each every some more most much ' +
		'many few very just also too up down out off again once only own same other such can could ' +
		'would should will shall may might must one two there here as while until because through ' +
		'during against between both either neither nor per via get got make made take took went go ' +
		'said say told tell asked ask gave give put set let like well really still even ever never')
		.split(' ')
);

const stem = (word: string) =>
	word
		.toLowerCase()
		.replace(/['’]s$/, '')
		.replace(/(?:ing|ed|es|s|ly)$/, '')
		.replace(/(.)\1$/, '$1');

const contentWords = (text: string) =>
	(text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).filter(
		(w) => !STOPWORDS.has(w.toLowerCase()) && !/^\d/.test(w) && w.length > 2
	);

/**
 * Key phrases of one text: runs of two or three content words not broken by a stopword or
 * punctuation ("on-call rotation", "weekly incident review").
 */
function keyPhrases(text: string): string[] {
	const phrases: string[] = [];
	for (const clause of text.split(/[.,;:!?()\n]+/)) {
		let run: string[] = [];
		const end = () => {
			if (run.length >= 2) phrases.push(run.slice(-3).join(' '));
			run = [];
		};
		for (const word of clause.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
			if (STOPWORDS.has(word.toLowerCase()) || /^\d/.test(word) || word.length <= 2) end();
			else run.push(word);
		}
		end();
	}
	return phrases;
}

/** A figure with the few words before it, as it reads in the written answer. */
function figuresWithContext(text: string): { label: string; value: number }[] {
	const out: { label: string; value: number }[] = [];
	const pattern = /(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|[km]\b|x\b)?/gi;
	for (const m of text.matchAll(pattern)) {
		const value = numbersIn(m[0].replace(/[$£€]/g, ''))[0];
		if (value === undefined) continue;
		const before =
			text
				.slice(Math.max(0, m.index - 40), m.index)
				.split(/[.;:!?\n]/)
				.at(-1) ?? '';
		const lead = before.trim().split(/\s+/).filter(Boolean).slice(-3).join(' ');
		out.push({ label: `${lead} ${m[0].trim()}`.trim(), value });
	}
	return out;
}

/** Parts whose details matter most when said aloud come first: the Result, then the Action. */
const PRIORITY: StarPart[] = ['result', 'action', 'task', 'situation'];

/** What the written answer has that `spoken` does not: its figures, then its key phrases. */
export function leftOut(written: Partial<Record<StarPart, string>>, spoken: string): LeftOut {
	const saidNumbers = new Set(numbersIn(spoken));
	const saidStems = new Set(contentWords(spoken).map(stem));
	const numbers: string[] = [];
	const phrases: string[] = [];
	const seen = new Set<string>();
	const parts = PRIORITY.map((p) => written[p] ?? '');
	for (const text of parts)
		for (const { label, value } of figuresWithContext(text))
			if (!saidNumbers.has(value) && !seen.has(`#${value}`)) {
				seen.add(`#${value}`);
				numbers.push(label);
			}
	for (const text of parts)
		for (const phrase of keyPhrases(text)) {
			const stems = contentWords(phrase).map(stem);
			const key = stems.join(' ');
			// Said when most of its words were: a spoken answer rephrases.
			const said = stems.filter((s) => saidStems.has(s)).length;
			if (seen.has(key) || said * 2 >= stems.length) continue;
			seen.add(key);
			phrases.push(phrase);
		}
	return { numbers: numbers.slice(0, MAX_LEFT_OUT), phrases: phrases.slice(0, MAX_LEFT_OUT) };
}
