// Lighthouse mobile scores, run by its own CLI (a devDependency; 12.x is the last line that runs on
// Node 20) against Debian's chromium when it is there.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * Scores (0–100) for performance, accessibility and best practices of `url`, with Lighthouse's
 * default mobile settings (simulated slow 4G and 4× CPU). Never throws: returns `{ skipped }`
 * with the reason when Lighthouse is missing or fails.
 */
export async function benchLighthouse(root, url) {
	const bin = path.join(root, 'node_modules', '.bin', 'lighthouse');
	if (!existsSync(bin)) return { skipped: 'lighthouse is not installed (run npm install)' };
	const out = await mkdtemp(path.join(tmpdir(), 'star-bench-lh-'));
	const report = path.join(out, 'report.json');
	const env = { ...process.env };
	if (existsSync(SYSTEM_CHROMIUM)) env.CHROME_PATH ??= SYSTEM_CHROMIUM;
	try {
		await run(
			bin,
			[
				url,
				'--quiet',
				'--output=json',
				`--output-path=${report}`,
				'--only-categories=performance,accessibility,best-practices',
				'--form-factor=mobile',
				`--chrome-flags=${CHROME_FLAGS.join(' ')}`
			],
			{ env, timeout: 180_000 }
		);
		const result = JSON.parse(await readFile(report, 'utf8'));
		if (result.runtimeError) return { skipped: `lighthouse: ${result.runtimeError.message}` };
		const score = (id) => Math.round(result.categories[id].score * 100);
		const metric = (id) => Math.round(result.audits[id].numericValue);
		return {
			version: result.lighthouseVersion,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			// Lighthouse's own simulated figures, kept in results.json for context.
			metrics: {
				fcp: metric('first-contentful-paint'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: result.audits['cumulative-layout-shift'].numericValue
			},
			// Pass/fail audits that failed, with the offending elements, to say what to fix.
			failedAudits: Object.values(result.audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => ({
					id: a.id,
					elements: (a.details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean)
				}))
		};
	} catch (error) {
		const why = String(error.stderr || error.message)
			.split('\n')
			.find((line) => line.trim());
		return { skipped: `lighthouse failed: ${why}` };
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}
