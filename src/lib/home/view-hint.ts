/**
 * Which of its two faces Home showed last: the Start here list or the progress counters. Kept in
 * localStorage, which src/app.html reads before the first paint (into `<html data-home>`), so
 * the page holds the right shape while the data load and nothing below it moves.
 */
export type HomeView = 'start' | 'progress';

/** Keep in step with the inline script in src/app.html. */
export const HOME_VIEW_KEY = 'star-practice:home-view';

/** Remembers the face Home now shows; storage that refuses is no loss (the hint is a guess). */
export function rememberHomeView(view: HomeView): void {
	try {
		if (localStorage.getItem(HOME_VIEW_KEY) !== view) localStorage.setItem(HOME_VIEW_KEY, view);
	} catch {
		// Private windows may throw: the next visit shows the first-visit shape until data load.
	}
}
