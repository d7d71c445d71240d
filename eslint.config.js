import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts', 'src/service-worker.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		// An unawaited save is a lost draft.
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	// One door to IndexedDB: only src/lib/db imports Dexie.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'dexie', message: 'Only src/lib/db talks to IndexedDB.' }] }
			]
		}
	},
	// Components see view types and named operations: no server modules, no Dexie, no schemas.
	{
		files: ['src/lib/components/**/*.svelte', 'src/lib/components/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'dexie', message: 'Only src/lib/db talks to IndexedDB.' }],
					patterns: [
						{
							group: ['**/*.server', '**/*.server.*', '$lib/server/**'],
							message:
								'Server-only modules stay out of components: import types from $lib/content/views.'
						},
						{
							group: ['valibot', 'valibot/*', 'zod', 'zod/*', '@zod/*', '$lib/db/*-schema*'],
							message:
								'Validation schemas belong to src/lib/db; components call its named operations.'
						}
					]
				}
			]
		}
	}
);
