import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['content'] } },
	test: {
		// The default 5 s fails CPU-heavy tests (whole-bank rebuilds, megabyte backups, base64 of
		// every byte) when a 2-core machine is busy; a real hang still fails, at 30 s.
		testTimeout: 30_000,
		projects: [
			{
				// Pure logic, in Node. It keeps no state between files (timers and globals are put
				// back after each test), so the files share one module graph instead of each
				// importing and transforming it again: this halves the unit run (issue 23).
				extends: true,
				test: {
					name: 'logic',
					environment: 'node',
					isolate: false,
					include: ['src/**/*.test.ts', 'content/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/lib/db/**']
				}
			},
			{
				// The database layer, in Node with fake-indexeddb: each file gets its own modules,
				// so a save still pending from one file can never land in the next file's database.
				extends: true,
				test: {
					name: 'db',
					environment: 'node',
					include: ['src/lib/db/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				// Rune classes and components, with Svelte's browser runtime in jsdom: effects run,
				// components mount. jsdom rather than a real browser: it starts in a second on a busy
				// 2-core machine, where launching Chromium per run made timings flaky. The files share
				// one jsdom and module graph (each mounts into a fresh body and cleans up), which cut
				// this project from 36 to 10 s of CPU; shuffled orders pass.
				extends: true,
				plugins: [svelteTesting()],
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					environment: 'jsdom',
					isolate: false,
					include: ['src/**/*.svelte.test.ts']
				}
			}
		]
	}
});
