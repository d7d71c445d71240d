/**
 * Whether the app runs installed (from the home screen, in its own window) rather than in a
 * browser tab: the display mode the manifest asks for, or Safari's own flag on iOS.
 */
export function runsInstalled(): boolean {
	if (typeof window === 'undefined') return false;
	const standalone = ['standalone', 'fullscreen', 'minimal-ui'].some(
		(mode) => window.matchMedia?.(`(display-mode: ${mode})`).matches
	);
	return standalone || (navigator as { standalone?: boolean }).standalone === true;
}
