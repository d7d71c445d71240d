import { defineConfig, devices } from '@playwright/test';
import { inHeadlessShell, systemChromium } from './tests/e2e/browser';

// Which Chromium, and why: tests/e2e/browser.ts.
const launchOptions = systemChromium
	? {
			executablePath: systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				...(inHeadlessShell ? ['--disable-blink-features=OnDeviceWebSpeechAvailable'] : [])
			]
		}
	: {};

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions,
		// A fresh context per test would install the service worker and precache the whole app
		// (hundreds of files) every time. Only the specs about offline and installing need it:
		// they opt in with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block',
		// Recording a trace costs a sixth of the suite's CPU: only a retried test (in CI) keeps one.
		trace: 'on-first-retry'
	},
	projects: [
		{
			name: 'desktop',
			// The phone's own shell (tab bar, More menu) is tested on the phone only.
			testIgnore: ['phone-shell.spec.ts'],
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		},
		{
			// The phone runs what a phone changes: layout, touch, the tab bar, the flows people
			// practise on a phone. Behaviour that is the same at any width (backups between devices,
			// crash safety, keyboard use, the service worker's updates, transcription, the screen
			// reader's announcements) runs once, on the desktop: whole specs below, single tests
			// tagged @desktop-only. With traces kept only on a retry, this took the run on a
			// two-core machine from 15 to 9 minutes (issue 23).
			name: 'phone',
			testIgnore: [
				'announcer.spec.ts',
				'data-safety.spec.ts',
				'devices.spec.ts',
				'keyboard.spec.ts',
				'offline-cache.spec.ts',
				'pwa.spec.ts',
				'speech.spec.ts'
			],
			grepInvert: /@desktop-only/,
			use: {
				...devices['Pixel 7'],
				viewport: { width: 360, height: 780 },
				launchOptions
			}
		}
	],
	// Serves the static build (`npm test` builds first) as a static host would, SPA fallback included.
	webServer: {
		command: `npx sirv build --single 200.html --port ${port} --quiet`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
