// `npm test`: every check the README promises. svelte-check, prettier and eslint use one core
// each, so they run beside the unit tests and the build instead of before them; the browser
// tests then run against that build. Prints how long each step took.
import { spawn } from 'node:child_process';

/** Runs `npm run <script>`, its output prefixed with the script's name; resolves with its time. */
function run(script, { prefix = true } = {}) {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit'
		});
		if (prefix) {
			for (const stream of [child.stdout, child.stderr]) {
				let rest = '';
				stream.on('data', (chunk) => {
					const lines = (rest + chunk).split('\n');
					rest = lines.pop();
					for (const line of lines) console.log(`[${script}] ${line}`);
				});
				stream.on('end', () => rest && console.log(`[${script}] ${rest}`));
			}
		}
		child.on('close', (code) => {
			const seconds = (Date.now() - started) / 1000;
			if (code === 0) resolve({ script, seconds });
			else reject(new Error(`${script} failed (exit ${code}) after ${seconds.toFixed(0)} s`));
		});
	});
}

/** Runs scripts one after another; stops at the first failure. */
async function lane(scripts) {
	const times = [];
	for (const script of scripts) times.push(await run(script));
	return times;
}

const started = Date.now();
const times = [];
try {
	// Generated types first, once, so the two lanes below never write them at the same time.
	times.push(await run('sync'));
	// Two lanes of about equal length (on the 2-core machine: 80 and 75 s when run alone).
	const lanes = await Promise.allSettled([
		lane(['check', 'lint:code', 'check:words']),
		lane(['test:unit', 'build', 'lint:format'])
	]);
	const failed = lanes.filter((l) => l.status === 'rejected');
	for (const l of lanes) if (l.status === 'fulfilled') times.push(...l.value);
	if (failed.length) throw new Error(failed.map((l) => l.reason.message).join('; '));
	times.push(await run('test:e2e', { prefix: false }));
	report();
} catch (error) {
	report();
	console.error(`\nnpm test failed: ${error.message}`);
	process.exit(1);
}

function report() {
	console.log('\nnpm test, step by step:');
	for (const { script, seconds } of times) console.log(`  ${script.padEnd(12)} ${fmt(seconds)}`);
	console.log(`  ${'in all'.padEnd(12)} ${fmt((Date.now() - started) / 1000)}`);
}

function fmt(seconds) {
	return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
