import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's chromium where it is installed (no browser download works on our machines);
// elsewhere Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
	? {
			executablePath: systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
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
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		},
		{
			name: 'phone',
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
