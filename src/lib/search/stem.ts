/**
 * Light English stemming, so that a word finds its family (mentor, mentoring, mentorship;
 * prioritise, prioritised, prioritisation; performance, performing) and US and UK spellings meet
 * (prioritize, behavior, skeptical). Deliberately light: plurals, -ing/-ed/-er/-ly and a few
 * noun endings, never more than two suffixes deep, and only while a real stem remains. What
 * stemming cannot join (priority and prioritise, fire and let go) the synonym list joins.
 * The same function runs on documents and queries, so a stem only has to be consistent, not a word.
 */

/** US spellings that differ from the UK ones by more than -ize/-ise, mapped to the UK form. */
const SPELLINGS: Record<string, string> = {
	center: 'centre',
	centers: 'centres',
	centered: 'centred',
	theater: 'theatre',
	fiber: 'fibre',
	defense: 'defence',
	offense: 'offence',
	license: 'licence',
	program: 'programme',
	programs: 'programmes',
	catalog: 'catalogue',
	dialog: 'dialogue',
	skeptic: 'sceptic',
	skeptical: 'sceptical',
	skepticism: 'scepticism',
	gray: 'grey',
	traveled: 'travelled',
	traveling: 'travelling',
	canceled: 'cancelled',
	canceling: 'cancelling',
	modeled: 'modelled',
	modeling: 'modelling',
	labeled: 'labelled',
	labeling: 'labelling',
	leveled: 'levelled',
	signaled: 'signalled',
	counseling: 'counselling',
	counselor: 'counsellor',
	fulfill: 'fulfil',
	enroll: 'enrol',
	judgment: 'judgement',
	acknowledgment: 'acknowledgement'
};

/** Irregular past forms of verbs common in interview stories, mapped to the verb. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
	`led:lead told:tell gave:give given:give said:say kept:keep made:make took:take taken:take
chose:choose chosen:choose became:become grew:grow grown:grow thought:think brought:bring ran:run
wrote:write written:write spoke:speak spoken:speak heard:hear knew:know known:know lost:lose
held:hold sent:send spent:spend built:build taught:teach understood:understand went:go gone:go
came:come began:begin begun:begin fell:fall fallen:fall hid:hide hidden:hide sold:sell won:win
dealt:deal meant:mean felt:feel met:meet paid:pay sought:seek caught:catch drove:drive driven:drive
broke:break broken:break forgot:forget forgotten:forget`
		.split(/\s+/)
		.map((pair) => pair.split(':'))
);

/** behavior → behaviour, favorite → favourite, rumored → rumoured: -or words that are -our in the UK. */
const OUR =
	/^(behavi|fav|col|hon|hum|lab|neighb|rum|endeav|cand|vig|flav|harb|arm|clam|savi|splend)or(s|ed|ing|ite|ites|itism|al|ally|able|ful|less|ist|ists)?$/;
/** organize → organise, analyzed → analysed (not size, prize, seize: three letters must lead). */
const IZE = /^([a-z]{3,})([iy])z(e|es|ed|ing|er|ers|ation|ations)$/;

/**
 * A word's UK spelling where US and UK differ, and an irregular past form's verb (`told` → `tell`).
 * Plain lower-case ASCII words only.
 */
export function ukSpelling(word: string): string {
	const listed = SPELLINGS[word] ?? IRREGULAR[word];
	if (listed) return listed;
	if (word.length < 5) return word;
	const our = OUR.exec(word);
	if (our) return `${our[1]}our${our[2] ?? ''}`;
	const ize = IZE.exec(word);
	if (ize) return `${ize[1]}${ize[2]}s${ize[3]}`;
	return word;
}

/** Suffixes stripped, longest first, each with the shortest stem it may leave. */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
	['ation', 4],
	['ment', 4],
	['ship', 4],
	['ness', 4],
	['ing', 3],
	['anc', 4], // performanc(e), once the final e is gone
	['ed', 3],
	['er', 4],
	['ly', 4],
	['at', 5] // delegat(e), escalat(ed)
];
/** Words the rules would join to an unrelated word (candidate → candid, former → form). */
const KEEP: Record<string, string> = {
	candidate: 'candidate',
	candidates: 'candidate',
	former: 'former',
	formerly: 'former',
	news: 'news',
	better: 'better',
	during: 'during'
};

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The stem of one normalised word (lower case, no accents or apostrophes). */
export function stem(word: string): string {
	if (word.length <= 3) return IRREGULAR[word] ?? word;
	let cached = memo.get(word);
	if (cached === undefined) {
		cached = computeStem(word);
		if (memo.size >= MEMO_LIMIT) memo.clear();
		memo.set(word, cached);
	}
	return cached;
}

function computeStem(word: string): string {
	const w0 = ukSpelling(word);
	const kept = KEEP[w0];
	if (kept) return kept;
	if (w0.length <= 3) return w0;
	let w = plural(w0);
	if (!/^[a-z]+$/.test(w)) return w; // 1to1, 360s: no suffix rules for digits
	for (let round = 0; round < 2; round++) {
		w = dropFinalE(w);
		const next = stripSuffix(w);
		if (next === w) break;
		w = next;
	}
	return dropFinalE(w);
}

/** teams → team, priorities → priority, processes → processe (its e goes later); not focus, boss. */
function plural(w: string): string {
	if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
	if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3)
		return w.slice(0, -1);
	return w;
}

// Porter's measure: a word is [C](VC)^m[V]; y is a vowel after a consonant.
function isConsonant(w: string, i: number): boolean {
	const c = w[i];
	if ('aeiou'.includes(c)) return false;
	if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
	return true;
}

/** How many vowel-consonant runs `w` has: tr 0, trouble 1, manag 2. */
function measure(w: string): number {
	let m = 0;
	let vowel = false;
	for (let i = 0; i < w.length; i++) {
		const consonant = isConsonant(w, i);
		if (consonant && vowel) m++;
		vowel = !consonant;
	}
	return m;
}

/** Ends consonant-vowel-consonant, the last not w, x or y: hop, shar, them (but not leav). */
function endsShort(w: string): boolean {
	const n = w.length;
	return (
		n >= 3 &&
		isConsonant(w, n - 1) &&
		!isConsonant(w, n - 2) &&
		isConsonant(w, n - 3) &&
		!'wxy'.includes(w[n - 1])
	);
}

/** manage → manag, leave → leav; but share, theme, hope keep theirs (Porter's step 5a). */
function dropFinalE(w: string): string {
	if (!w.endsWith('e') || w.endsWith('ee')) return w;
	const rest = w.slice(0, -1);
	if (rest.length < 3) return w;
	const m = measure(rest);
	return m > 1 || (m === 1 && !endsShort(rest)) ? rest : w;
}

function stripSuffix(w: string): string {
	if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w; // agreed, not speed
	for (const [suffix, minStem] of SUFFIXES) {
		if (!w.endsWith(suffix)) continue;
		const rest = w.slice(0, -suffix.length);
		if (rest.length < minStem || measure(rest) === 0) continue;
		// engineer, career, peer keep their -eer.
		if (suffix === 'er' && rest.endsWith('e')) continue;
		if (suffix === 'ing' || suffix === 'ed' || suffix === 'er') return tidyInflected(rest, minStem);
		return rest;
	}
	return w;
}

/** After -ing/-ed/-er: planning → plan (not add → ad), hoping → hope, sharing → share. */
function tidyInflected(rest: string, minStem: number): string {
	const n = rest.length;
	if (rest[n - 1] === rest[n - 2] && !'lsz'.includes(rest[n - 1]) && isConsonant(rest, n - 1))
		return n - 1 >= minStem ? rest.slice(0, -1) : rest;
	return measure(rest) === 1 && endsShort(rest) ? `${rest}e` : rest;
}
