import { existsSync } from 'node:fs';

// Debian's Chromium (no browser download works on our machines); elsewhere Playwright's own.
// Its headless shell first, as Playwright itself runs headless tests: the same engine without
// the desktop browser around it, it runs this suite in two thirds of the time on two cores
// (issue 23). The bench measures in the full browser (/usr/bin/chromium), as users run it.
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

export const systemChromium = [HEADLESS_SHELL, '/usr/bin/chromium'].find((path) =>
	existsSync(path)
);

/**
 * The shell offers `SpeechRecognition.available()` with no on-device recogniser behind it:
 * calling it kills the page. It is turned off at launch, and the test's `context` (fixtures.ts)
 * answers as the full browser does on a machine without a language pack. The speech specs use a
 * fake.
 */
export const inHeadlessShell = systemChromium === HEADLESS_SHELL;
