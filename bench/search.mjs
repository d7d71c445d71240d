// Search speed: our index (src/lib/search) against plain Fuse over the full text, in Chromium with
// the CPU throttled 4x, over 500 questions + 500 answers of ~300 words. Relevance is relevance.mjs.
// Run alone with `node bench/search.mjs`, or call `benchSearch(browser)` from a bench runner.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, dependency, root, source } from './bundle.mjs';

const CPU_SLOWDOWN = 4;
const BUDGET_MS = 16;
const PLANTED = 'hypercare';
const PLANTED_ANSWER = 417;

const QUERIES = [
	'confict',
	'stakehoder',
	'underperfroming',
	PLANTED,
	'hypercrae',
	'conflict-design-disagreement',
	'Conflict and hard conversations',
	'on-call rota',
	'deleg',
	'st',
	'missed deadline',
	'feedback to a peer',
	'roadmap prioritisation',
	'hiring bar',
	'incident postmortem',
	'team morale burnout',
	'stakeholder manag',
	'mentoring senior engineers',
	'reorg',
	'promotion case'
];

// --- The corpus: the real question bank topped up with generated questions, and generated answers.

/** Deterministic PRNG (mulberry32), so every run measures the same corpus. */
function prng(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FUNCTION_WORDS =
	`the a to and of in that we i it was for on with my they this but as so be had
were our their he she his her them not at by from an or all what about when one would which there
could more than then also into after only some out who up just over how because each both before
very still most those other any while where every through again even much such did do does have has
can will should just no new first last next two three weeks months days week`.split(/\s+/);

const NOUNS =
	`team engineer manager conflict stakeholder roadmap deadline incident postmortem feedback
performance review hiring interview candidate promotion mentor coaching delegation priority
project product release launch migration outage rota pager process meeting decision trade-off
risk scope estimate plan goal metric result outcome customer user partner director peer report
budget headcount role level career growth trust relationship expectation standard quality test
deployment pipeline service system architecture design proposal document retro sprint backlog
ticket bug debt refactor platform infrastructure security compliance audit vendor contract
morale burnout workload capacity reorg restructure change culture value principle situation task
action lesson mistake failure success win problem issue concern question answer story example
conversation disagreement escalation alignment consensus commitment ownership accountability
visibility transparency communication update status demo presentation strategy vision mission
quarter milestone dependency blocker timeline schedule cost revenue growth churn retention
onboarding offboarding handover knowledge documentation runbook alert dashboard latency
availability reliability scalability feature experiment hypothesis data analysis insight
leadership manager's engineers' skill strength weakness gap opportunity challenge pressure
bar rubric loop panel offer referral pipeline diversity inclusion fairness bias calibration
case packet evidence narrative impact scope influence sponsor champion ally`.split(/\s+/);

const VERBS = `manage lead deliver ship plan prioritise prioritize decide escalate negotiate align
agree disagree hire interview promote mentor coach delegate review test deploy migrate refactor
rebuild fix debug measure track report present explain listen ask push challenge support protect
shield unblock enable grow develop learn fail recover recover improve reduce increase cut split
merge own share write document communicate update inform convince persuade influence resolve
mediate facilitate schedule estimate scope descope commit miss hit launch release rollback
investigate diagnose automate hand handle balance trade focus restructure reorganise onboard
underperform perform motivate recognise reward celebrate thank apologise admit own`.split(/\s+/);

const ADJECTIVES =
	`senior junior new difficult hard tough clear vague urgent critical important small
large cross-functional remote distributed technical organisational political quiet vocal
frustrated motivated burned tired happy unhappy confident nervous late early ambitious realistic
risky safe reversible expensive cheap slow fast reliable flaky legacy modern public private
underperforming struggling strong weak honest direct candid fair unfair specific measurable`.split(
		/\s+/
	);

/** Words a real answer has that no list does: names of people, services, projects. */
function jargon(random, count) {
	const consonants = 'bcdfghjklmnprstvwz';
	const vowels = 'aeiou';
	const out = new Set();
	while (out.size < count) {
		let word = '';
		const syllables = 2 + Math.floor(random() * 3);
		for (let s = 0; s < syllables; s++) {
			word += consonants[Math.floor(random() * consonants.length)];
			word += vowels[Math.floor(random() * vowels.length)];
			if (random() < 0.3) word += consonants[Math.floor(random() * consonants.length)];
		}
		if (!word.includes(PLANTED)) out.add(word);
	}
	return [...out];
}

/** Samples from `words` with Zipf's law (earlier words are much more frequent). */
function zipf(random, words, exponent = 1) {
	const cdf = [];
	let sum = 0;
	for (let r = 0; r < words.length; r++) cdf.push((sum += 1 / Math.pow(r + 2.7, exponent)));
	return () => {
		const x = random() * sum;
		let lo = 0;
		let hi = cdf.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cdf[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return words[lo];
	};
}

/** The bank's themes and questions, read with a regex: enough for a realistic corpus. */
async function readBank() {
	const dir = path.join(root, 'content/themes');
	const themes = [];
	for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
		const source = await readFile(path.join(dir, file), 'utf8');
		const id = /^id:\s*(.+)$/m.exec(source)?.[1].trim();
		const title = /^title:\s*(.+)$/m.exec(source)?.[1].trim();
		const questions = [];
		const sections = source.split(/^## /m).slice(1);
		for (const section of sections) {
			const heading = /^(.*?)\s*\{#([a-z0-9-]+)\}\s*$/m.exec(section);
			if (!heading) continue;
			const body = section
				.slice(section.indexOf('\n') + 1)
				.replace(/\*\*[^*]+:\*\*|\*\*|^\s*-\s+/gm, ' ')
				.replace(/\s+/g, ' ')
				.trim();
			questions.push({ id: heading[2], text: heading[1], body });
		}
		themes.push({ id, title, questions });
	}
	return themes;
}

/** 500 questions (the bank's, then generated ones) and 500 answers of ~300 words. */
export async function makeCorpus() {
	const random = prng(20240611);
	const themes = await readBank();
	const forms = [
		...NOUNS,
		...VERBS,
		...ADJECTIVES,
		...NOUNS.map((n) => `${n}s`),
		...VERBS.flatMap((v) => {
			const stem = v.endsWith('e') ? v.slice(0, -1) : v;
			return [`${stem}ed`, `${stem}ing`, `${v}s`];
		}),
		...jargon(random, 4000)
	];
	const content = zipf(random, forms, 0.95);
	const functional = zipf(random, FUNCTION_WORDS, 1);
	const sentence = (length) => {
		const words = [];
		for (let i = 0; i < length; i++) words.push(random() < 0.45 ? functional() : content());
		words[0] = words[0][0].toUpperCase() + words[0].slice(1);
		if (length > 12) words[Math.floor(length / 2)] += ',';
		return `${words.join(' ')}.`;
	};
	const prose = (wordCount) => {
		const sentences = [];
		for (let n = 0; n < wordCount;) {
			const length = Math.min(8 + Math.floor(random() * 14), wordCount - n);
			sentences.push(sentence(Math.max(length, 1)));
			n += length;
		}
		return sentences.join(' ');
	};

	const questions = themes.flatMap((theme) =>
		theme.questions.map((q) => ({ id: q.id, title: q.text, text: q.body, theme }))
	);
	const templates = [
		(a, b) => `Tell me about a time you had to ${a} a ${b} that was going wrong.`,
		(a, b) => `Describe a situation where you chose to ${a} the ${b} yourself. Why?`,
		(a, b) => `How did you ${a} when the ${b} changed late in a project?`,
		(a, b) => `Give an example of a ${b} you had to ${a} under pressure.`
	];
	for (let i = 0; questions.length < 500; i++) {
		const theme = themes[i % themes.length];
		const verb = VERBS[Math.floor(random() * VERBS.length)];
		const noun = NOUNS[Math.floor(random() * NOUNS.length)];
		const title = templates[i % templates.length](verb, noun);
		questions.push({ id: `${theme.id}-${verb}-${noun}-${i}`, title, text: prose(70), theme });
	}

	const docs = questions.map((q) => ({
		id: `question:${q.id}`,
		kind: 'question',
		title: q.title,
		text: q.text,
		href: `/questions/${q.theme.id}/${q.id}`,
		meta: `${q.theme.title} ${q.id}`
	}));
	questions.forEach((q, i) => {
		// STAR proportions: Action carries most of the answer.
		const parts = [prose(30), prose(30), prose(180), prose(60)];
		if (i === PLANTED_ANSWER) parts[3] += ` We kept a ${PLANTED} rota for the first two weeks.`;
		docs.push({
			id: `answer:${q.id}`,
			kind: 'answer',
			title: q.title,
			text: parts.join('\n'),
			href: `/questions/${q.theme.id}/${q.id}`,
			meta: `${q.theme.title} ${q.id}`
		});
	});
	return { docs, plantedId: `answer:${questions[PLANTED_ANSWER].id}` };
}

// --- The browser side.

/** Our engine and Fuse in one script that defines `window.SearchBench`. */
function engineScript() {
	return bundle(
		`export { SearchIndex, snippet, highlight } from ${source('src/lib/search/index.ts')};\n` +
			`export { parseSynonyms } from ${source('src/lib/content/synonyms.ts')};\n` +
			`export { default as Fuse } from ${dependency('fuse.js')};\n`,
		{ format: 'iife', name: 'SearchBench' }
	);
}

/** Runs in the page: builds each engine, times every query, returns raw samples. */
function measureInPage({ docs, plantedId, queries, planted, synonymsText }) {
	// Defined by the script `engineScript()` built, not known to the type checker.
	const { SearchIndex, Fuse, snippet, highlight, parseSynonyms } = /** @type {any} */ (window)
		.SearchBench;
	const time = (fn) => {
		const start = performance.now();
		const value = fn();
		return [performance.now() - start, value];
	};
	const finds = (search, query) => search(query).some((id) => id === plantedId);
	const { groups } = parseSynonyms('content/synonyms.md', synonymsText);
	const out = {};

	// Ours, as a user meets it: every keystroke of every query is a search, on a fresh index, so
	// each new word pays for its first fuzzy lookup (later keystrokes reuse the memo).
	const [ourBuild, index] = time(() => new SearchIndex(docs, groups));
	const ours = (q) => index.search(q, { limit: 20 }).map((r) => r.doc.id);
	const keystrokes = [];
	for (const q of queries)
		for (let n = 1; n <= q.length; n++) keystrokes.push(time(() => ours(q.slice(0, n)))[0]);
	// Whole queries again on a second fresh index: the first time each is seen, then repeated.
	const second = new SearchIndex(docs, groups);
	const cold = queries.map((q) => time(() => second.search(q, { limit: 20 }))[0]);
	const warm = [];
	for (let p = 0; p < 10; p++) for (const q of queries) warm.push(time(() => ours(q))[0]);
	out.ours = {
		build: ourBuild,
		keystrokes,
		cold,
		times: warm,
		found: finds(ours, planted) && finds(ours, 'hypercrae'),
		vocabulary: index.vocabularySize
	};
	// Autosave while typing: the planted answer grows by a word, then is re-indexed.
	const answer = docs.find((d) => d.id === plantedId);
	const upserts = [];
	for (let i = 0; i < 40; i++)
		upserts.push(time(() => index.upsert({ ...answer, text: `${answer.text} word${i}` }))[0]);
	out.ours.upserts = upserts;
	// The first search after such a save rebuilds Fuse for the changed letter only.
	const afterSave = [];
	for (let i = 0; i < 10; i++) {
		index.upsert({ ...answer, text: `${answer.text} wordy${i}` });
		afterSave.push(time(() => ours('wordd stakehoder'))[0]);
	}
	out.ours.afterSave = afterSave;
	const snippets = [];
	for (let p = 0; p < 5; p++)
		for (const q of queries) {
			const results = index.search(q, { limit: 10 });
			snippets.push(
				time(() => results.map((r) => highlight(snippet(r.doc.text, r.words), r.words)))[0]
			);
		}
	out.ours.snippets = snippets;

	// Plain Fuse over the full text, the baseline the design rejects.
	const [fuseBuild, fuse] = time(
		() => new Fuse(docs, { keys: ['title', 'meta', 'text'], ignoreLocation: true })
	);
	const plain = (q) => fuse.search(q, { limit: 20 }).map((r) => r.item.id);
	const fuseTimes = queries.map((q) => time(() => plain(q))[0]);
	out.fuse = { build: fuseBuild, times: fuseTimes, found: finds(plain, planted) };
	return out;
}

const median = (xs) => percentile(xs, 0.5);
function percentile(xs, p) {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
const round = (x) => Math.round(x * 100) / 100;

/**
 * Measures search in `browser` (a Playwright Chromium) with the CPU throttled 4x: index build; the
 * time per keystroke while typing each of 20 realistic queries on a fresh index (the budget); whole
 * queries the first time and repeated; the first query after an autosave; and plain Fuse over the
 * full text (`ignoreLocation: true`) for comparison. `deepWordFound`: our index finds a word
 * planted at the end of one 300-word answer, exactly and with a typo.
 * `perQuery` has our index's first, median and max time per query, for finding a slow one.
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<{ rows: Array<{ name: string, value: number, unit: string, budget?: string }>, deepWordFound: boolean, perQuery: Array<{ query: string, cold: number, median: number, max: number }> }>}
 */
export async function benchSearch(browser) {
	const [code, { docs, plantedId }, synonymsText] = await Promise.all([
		engineScript(),
		makeCorpus(),
		readFile(path.join(root, 'content/synonyms.md'), 'utf8')
	]);
	const page = await browser.newPage();
	try {
		await page.goto('about:blank');
		await page.addScriptTag({ content: code });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		const m = await page.evaluate(measureInPage, {
			docs,
			plantedId,
			queries: QUERIES,
			planted: PLANTED,
			synonymsText
		});
		const slow = `${CPU_SLOWDOWN}x CPU`;
		const ms = (name, value, budget) => ({
			name: `search ${name} (${slow})`,
			value: round(value),
			unit: 'ms',
			...(budget && { budget })
		});
		const rows = [
			{ name: 'search corpus: documents', value: docs.length, unit: 'docs' },
			{ name: 'search corpus: unique words', value: m.ours.vocabulary, unit: 'words' },
			ms('index: build', m.ours.build),
			ms(
				`index: per keystroke p95, typing every query (${m.ours.keystrokes.length} searches)`,
				percentile(m.ours.keystrokes, 0.95),
				`<= ${BUDGET_MS}`
			),
			ms('index: per keystroke median', median(m.ours.keystrokes)),
			ms('index: per keystroke max', Math.max(...m.ours.keystrokes)),
			ms('index: whole query first seen p95 (no memo)', percentile(m.ours.cold, 0.95)),
			ms('index: whole query repeated p95', percentile(m.ours.times, 0.95)),
			ms('index: first query after an autosave p95', percentile(m.ours.afterSave, 0.95)),
			ms('index: upsert 300-word answer p95', percentile(m.ours.upserts, 0.95)),
			ms('index: snippets for 10 results p95', percentile(m.ours.snippets, 0.95)),
			{
				name: 'search index: deep word found',
				value: m.ours.found ? 1 : 0,
				unit: 'bool',
				budget: '= 1'
			},
			ms('plain Fuse over the full text: build', m.fuse.build),
			ms('plain Fuse over the full text: query p95', percentile(m.fuse.times, 0.95)),
			{
				name: 'search plain Fuse over the full text: deep word found',
				value: m.fuse.found ? 1 : 0,
				unit: 'bool'
			}
		];
		// Warm samples are pass-major: query i of pass p is times[p * QUERIES.length + i].
		const perQuery = QUERIES.map((query, i) => {
			const times = m.ours.times.filter((_, n) => n % QUERIES.length === i);
			return {
				query,
				cold: round(m.ours.cold[i]),
				median: round(median(times)),
				max: round(Math.max(...times))
			};
		});
		return { rows, deepWordFound: m.ours.found, perQuery };
	} finally {
		await page.close();
	}
}

/** True when a row breaks its budget (`<= n` or `= n`). */
export function overBudget(row) {
	const match = /^(<=|=)\s*([\d.]+)$/.exec(row.budget ?? '');
	if (!match) return false;
	const limit = Number(match[2]);
	return match[1] === '=' ? row.value !== limit : row.value > limit;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	try {
		const { rows, deepWordFound, perQuery } = await benchSearch(browser);
		const width = Math.max(...rows.map((r) => r.name.length));
		for (const row of rows) {
			const status = row.budget
				? overBudget(row)
					? `OVER (${row.budget})`
					: `ok (${row.budget})`
				: '';
			console.log(
				`${row.name.padEnd(width)}  ${String(row.value).padStart(9)} ${row.unit.padEnd(5)} ${status}`
			);
		}
		if (process.argv.includes('--verbose'))
			for (const q of perQuery)
				console.log(
					`  ${JSON.stringify(q.query).padEnd(34)} first ${q.cold} ms, then median ${q.median} ms, max ${q.max} ms`
				);
		if (!deepWordFound || rows.some(overBudget)) process.exitCode = 1;
	} finally {
		await browser.close();
	}
}
