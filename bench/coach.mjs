// Coach benchmark: the calibration figures on both labelled sets, and the time one coach run
// takes on a typical (~300-word) answer and on a 5,000-word one, in Node on the bundled code.
// Run alone with `node bench/coach.mjs`, or call `benchCoach()` from a bench runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 300;
const BUDGET_MS = { typical: 2, long: 10 };

/** Bundles the coach, its calibration sets and the content parser into one ES module. */
async function bundle(dir) {
	// The sources' tsconfig extends SvelteKit's generated one; a fresh checkout has none yet.
	if (!existsSync(path.join(root, '.svelte-kit', 'tsconfig.json')))
		spawnSync(path.join(root, 'node_modules', '.bin', 'svelte-kit'), ['sync'], { cwd: root });
	const entry = path.join(dir, 'entry.js');
	const lib = (p) => JSON.stringify(path.join(root, 'src/lib', p));
	await writeFile(
		entry,
		[
			`export { coachAnswer } from ${lib('coach/rules.ts')};`,
			`export { coachJudge } from ${lib('coach/calibration/judge.ts')};`,
			`export { calibrationFigures } from ${lib('coach/calibration/score.ts')};`,
			`export { CALIBRATION_SET } from ${lib('coach/calibration/answers.ts')};`,
			`export { HELD_OUT_SET } from ${lib('coach/calibration/held-out.ts')};`,
			`export { loadBank } from ${lib('content/load-bank.ts')};`
		].join('\n')
	);
	await build({
		configFile: false,
		envFile: false,
		publicDir: false,
		root: dir,
		logLevel: 'silent',
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		build: {
			outDir: path.join(dir, 'out'),
			minify: true,
			lib: { entry, formats: ['es'], fileName: () => 'coach.js' }
		}
	});
	return import(pathToFileURL(path.join(dir, 'out', 'coach.js')).href);
}

/** The content files, read the way the build reads them. */
function contentFiles() {
	const files = {};
	for (const name of readdirSync(path.join(root, 'content'), { recursive: true }))
		if (String(name).endsWith('.md') && !String(name).endsWith('README.md'))
			files[`content/${name}`] = readFileSync(path.join(root, 'content', String(name)), 'utf8');
	return files;
}

/** An answer of about `words` words, made of the calibration set's own sentences. */
function answerOf(set, words) {
	const parts = ['situation', 'task', 'action', 'result'];
	const sentences = set.flatMap((a) => parts.map((p) => a.answer[p]));
	const take = (n) => {
		const out = [];
		let count = 0;
		for (let i = 0; count < n; i++) {
			const s = sentences[i % sentences.length];
			out.push(s);
			count += s.split(/\s+/).length;
		}
		return out.join(' ');
	};
	// Set-up 15%, Action 60%, Result 25%, as a balanced answer runs.
	return {
		situation: take(words * 0.1),
		task: take(words * 0.05),
		action: take(words * 0.6),
		result: take(words * 0.25)
	};
}

/**
 * CPU time per run (the work itself: on a shared machine the wall clock also counts the wait for
 * a core), and the wall-clock median and p95 of single runs.
 */
function time(fn, runs) {
	for (let i = 0; i < 20; i++) fn(i); // warm the JIT, as earlier keystrokes would
	const samples = [];
	const cpuStart = process.cpuUsage();
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn(i);
		samples.push(performance.now() - start);
	}
	const cpu = process.cpuUsage(cpuStart);
	samples.sort((a, b) => a - b);
	const at = (p) => samples[Math.max(0, Math.ceil(p * samples.length) - 1)];
	return { cpu: (cpu.user + cpu.system) / 1000 / runs, median: at(0.5), p95: at(0.95), runs };
}

const round = (x) => Math.round(x * 100) / 100;

export async function benchCoach() {
	const dir = await mkdtemp(path.join(tmpdir(), 'coach-bench-'));
	try {
		const coach = await bundle(dir);
		const bank = coach.loadBank(contentFiles());
		const questions = new Map(bank.themes.flatMap((t) => t.questions.map((q) => [q.id, q])));
		const judge = coach.coachJudge(questions);
		const rows = [];
		const details = {};
		for (const [name, set] of [
			['calibration set', coach.CALIBRATION_SET],
			['held-out set', coach.HELD_OUT_SET]
		]) {
			const f = coach.calibrationFigures(set, judge);
			details[name] = f;
			rows.push(
				{
					name: `coach, ${name}: strong answer ranks best`,
					value: f.strongRanksBest,
					unit: `of ${f.questions}`,
					...(name === 'calibration set' && { budget: `>= ${f.questions}` })
				},
				{
					name: `coach, ${name}: labelled flaw named`,
					value: f.flawNamed,
					unit: `of ${f.flawed}`,
					...(name === 'calibration set' && { budget: `>= ${f.flawed - 1}` })
				},
				{
					name: `coach, ${name}: findings on the strong answers`,
					value: f.strongFindings,
					unit: 'findings',
					...(name === 'calibration set' && { budget: '<= 4' })
				}
			);
		}
		const question = questions.get('conflict-design-disagreement');
		for (const [key, words] of [
			['typical', 300],
			['long', 5000]
		]) {
			const answer = answerOf(coach.CALIBRATION_SET, words);
			// A keystroke changes the text: vary the last character so no run reuses the last.
			const t = time(
				(i) =>
					coach.coachAnswer(
						{ ...answer, result: answer.result + (i % 2 ? ' x' : '') },
						{ question }
					),
				key === 'typical' ? RUNS : RUNS / 5
			);
			details[`${key} (${words} words)`] = t;
			rows.push(
				{
					name: `coach: one run, ${words} words (CPU time, mean of ${t.runs})`,
					value: round(t.cpu),
					unit: 'ms',
					budget: `<= ${BUDGET_MS[key]}`
				},
				{
					name: `coach: one run, ${words} words, wall clock median / p95`,
					value: round(t.median),
					unit: `/ ${round(t.p95)} ms`
				}
			);
		}
		return { rows, details };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { rows, details } = await benchCoach();
	for (const r of rows)
		console.log(`${r.name}: ${r.value} ${r.unit}${r.budget ? ` (budget ${r.budget})` : ''}`);
	if (process.argv.includes('--misses')) console.log(JSON.stringify(details, null, 1));
}
