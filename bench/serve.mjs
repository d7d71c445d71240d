// Serves a snapshot of build/ the way a static host would: gzip for text, 200.html as fallback.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const TEXT = /\.(html|js|css|json|svg|webmanifest|txt|xml)$/;

/**
 * Copies build/ to a temporary folder. Others rebuild build/ while we measure; a snapshot keeps
 * every figure of one run about the same build. Call `remove()` when done.
 */
export async function snapshot(buildDir) {
	const root = await mkdtemp(path.join(tmpdir(), 'star-bench-'));
	const dir = path.join(root, 'build');
	await cp(buildDir, dir, { recursive: true });
	return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Writes `x.gz` beside each text file, which sirv serves to browsers that accept gzip. */
async function precompress(dir) {
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !TEXT.test(entry.name)) continue;
		const file = path.join(entry.parentPath, entry.name);
		await writeFile(`${file}.gz`, gzipSync(await readFile(file)));
	}
}

/**
 * Serves `dir` on a free port of 127.0.0.1 (the OS picks one from its ephemeral range, so never
 * the test suite's 4173). Compressed like any real host, or Lighthouse would count raw bytes.
 * Returns the origin and a `close()`.
 */
export async function serve(dir) {
	await precompress(dir);
	const server = createServer(sirv(dir, { single: '200.html', gzip: true }));
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address();
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.close(resolve);
				server.closeAllConnections();
			})
	};
}
