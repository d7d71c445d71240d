// Search relevance: our engine, fuse.js alone and MiniSearch with default settings, on the labelled
// query sets in src/lib/search/relevance/ (a development set and a held-out set), over the real
// question bank. MRR@10, success@5 and empty results; no browser needed.
// Run alone with `node bench/relevance.mjs` (add `--verbose` for every query that missed).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dependency, importBundle, root, source } from './bundle.mjs';

/** The issue's bar for our engine on the development set (and it must beat MiniSearch there). */
const MRR_TARGET = 0.88;

const SETS = [
	{ label: 'development', file: 'src/lib/search/relevance/dev.json' },
	{ label: 'held-out', file: 'src/lib/search/relevance/held-out.json' }
];

/** content/ as `loadBank` wants it: repository-relative path → text. */
async function contentFiles() {
	const files = {};
	const walk = async (dir) => {
		for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory()) await walk(rel);
			else if (entry.name.endsWith('.md'))
				files[rel] = await readFile(path.join(root, rel), 'utf8');
		}
	};
	await walk('content');
	return files;
}

/** The three engines over the bank's questions, each as query → question ids, best first. */
function engines(m, docs, synonyms) {
	const id = (docId) => docId.replace(/^question:/, '');
	const ours = new m.SearchIndex(docs, synonyms);
	// fuse.js alone: the same fields, weighted as ours weighs them, matched anywhere in the text.
	const fuse = new m.Fuse(docs, {
		keys: [
			{ name: 'title', weight: 3 },
			{ name: 'meta', weight: 1 },
			{ name: 'keywords', weight: 1 },
			{ name: 'text', weight: 1 }
		],
		ignoreLocation: true
	});
	// MiniSearch with its default settings over the same fields.
	const mini = new m.MiniSearch({ fields: ['title', 'meta', 'keywords', 'text'] });
	mini.addAll(docs);
	return {
		ours: (q) => ours.search(q, { limit: 10 }).map((r) => id(r.doc.id)),
		'fuse.js alone': (q) => fuse.search(q, { limit: 10 }).map((r) => id(r.item.id)),
		MiniSearch: (q) =>
			mini
				.search(q)
				.slice(0, 10)
				.map((r) => id(r.id))
	};
}

/**
 * Figures for every engine on every set: `rows` for the bench table, `details` with each query's
 * rank of the first relevant result.
 */
export async function benchRelevance() {
	const m = await importBundle(
		`export { loadBank } from ${source('src/lib/content/load-bank.ts')};\n` +
			`export { SearchIndex, bankDocuments } from ${source('src/lib/search/index.ts')};\n` +
			`export { evaluate } from ${source('src/lib/search/relevance/metrics.ts')};\n` +
			`export { parseSynonyms } from ${source('src/lib/content/synonyms.ts')};\n` +
			`export { default as Fuse } from ${dependency('fuse.js')};\n` +
			`export { default as MiniSearch } from ${dependency('minisearch')};\n`
	);
	const files = await contentFiles();
	const bank = m.loadBank(files);
	const docs = m.bankDocuments(bank.themes);
	const { groups: synonyms } = m.parseSynonyms('content/synonyms.md', files['content/synonyms.md']);
	const rows = [];
	const details = {};
	const figures = {};
	for (const set of SETS) {
		const { queries } = JSON.parse(await readFile(path.join(root, set.file), 'utf8'));
		for (const [engine, search] of Object.entries(engines(m, docs, synonyms))) {
			const f = m.evaluate(search, queries);
			const name = `search relevance, ${set.label} set (${f.queries} queries), ${engine}`;
			const r = (x) => Math.round(x * 1000) / 1000;
			const ours = engine === 'ours' && set.label === 'development';
			rows.push({
				name: `${name}: MRR@10`,
				value: r(f.mrr10),
				unit: 'score',
				...(ours && { budget: `>= ${MRR_TARGET}` })
			});
			rows.push({ name: `${name}: success@5`, value: r(f.success5), unit: 'share' });
			rows.push({ name: `${name}: empty results`, value: f.empty, unit: 'queries' });
			details[`${set.label}/${engine}`] = f.outcomes;
			figures[`${set.label}/${engine}`] = f.mrr10;
		}
	}
	rows.push({
		name: 'search relevance, development set: MRR@10 of ours above MiniSearch by',
		value:
			Math.round((figures['development/ours'] - figures['development/MiniSearch']) * 1000) / 1000,
		unit: 'score',
		budget: '>= 0.01'
	});
	return { rows, details, questions: docs.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { rows, details, questions } = await benchRelevance();
	console.log(`${questions} bank questions`);
	const width = Math.max(...rows.map((r) => r.name.length));
	for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value} ${row.unit}`);
	if (process.argv.includes('--verbose'))
		for (const [key, outcomes] of Object.entries(details)) {
			console.log(`\n${key}: queries without a relevant result first`);
			for (const o of outcomes.filter((o) => o.rank !== 1))
				console.log(
					`  ${JSON.stringify(o.query).padEnd(58)} ${o.rank ? `rank ${o.rank}` : 'miss  '} ` +
						`(${o.count} results) top: ${o.top.join(', ')}`
				);
		}
}
