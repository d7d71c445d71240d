// Bundles parts of the app (TypeScript, with its own imports) into one script for the benches:
// an IIFE that defines `window.<name>` for a page, or an ES module that Node can import.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** An absolute path to `file` under the repository, quoted for an `import` line. */
export const source = (file) => JSON.stringify(path.join(root, file));

/** A package's entry, resolved from the repository, quoted for an `import` line. */
export const dependency = (name) => JSON.stringify(fileURLToPath(import.meta.resolve(name)));

/**
 * Builds `entry` (module source text) into one minified script.
 * @param {string} entry
 * @param {{ format: 'iife' | 'es', name?: string }} options
 */
export async function bundle(entry, { format, name = 'Bench' }) {
	const dir = await mkdtemp(path.join(tmpdir(), 'bench-bundle-'));
	try {
		const file = path.join(dir, 'entry.js');
		await writeFile(file, entry);
		const result = await build({
			configFile: false,
			envFile: false,
			publicDir: false,
			root: dir,
			logLevel: 'silent',
			resolve: { alias: { $lib: path.join(root, 'src/lib') } },
			build: {
				write: false,
				minify: format === 'iife',
				lib: { entry: file, formats: [format], name, fileName: () => 'bench.js' }
			}
		});
		// `write: false` and no `watch`: the build resolves to its output, not a watcher.
		const outputs = /** @type {import('vite').Rolldown.RolldownOutput[]} */ ([result].flat());
		const chunk = outputs[0].output.find((out) => out.type === 'chunk');
		if (!chunk) throw new Error('bench: vite built no script');
		return chunk.code;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** Bundles `entry` as an ES module and imports it into Node. */
export async function importBundle(entry) {
	const code = await bundle(entry, { format: 'es' });
	const dir = await mkdtemp(path.join(tmpdir(), 'bench-module-'));
	try {
		const file = path.join(dir, 'bench.mjs');
		await writeFile(file, code);
		return await import(pathToFileURL(file).href);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
