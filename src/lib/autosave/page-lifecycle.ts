import { onVersionChange } from '$lib/db/open';
import type { SaveQueue } from './save-queue.svelte';

/**
 * Writes pending edits as soon as the page is hidden or left, and stashes them synchronously in
 * case the page dies before IndexedDB answers. Warns before closing while a write is failing.
 * When another tab upgrades the database (this tab's connection closes), pending edits are
 * stashed so the next start writes them. Returns the cleanup, which flushes too.
 */
export function saveWhenPageHides(queue: SaveQueue<object>): () => void {
	const hide = () => {
		queue.stash();
		void queue.flush();
	};
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') hide();
	};
	const beforeUnload = (event: BeforeUnloadEvent) => {
		hide();
		if (queue.state === 'failed') event.preventDefault();
	};
	const stopWatchingVersion = onVersionChange(() => queue.stash());
	document.addEventListener('visibilitychange', onVisibility);
	addEventListener('pagehide', hide);
	addEventListener('beforeunload', beforeUnload);
	return () => {
		stopWatchingVersion();
		document.removeEventListener('visibilitychange', onVisibility);
		removeEventListener('pagehide', hide);
		removeEventListener('beforeunload', beforeUnload);
		void queue.flush();
		queue.dispose();
	};
}
