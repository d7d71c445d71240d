import type { SaveQueue } from './save-queue.svelte';

/**
 * Writes pending edits as soon as the page is hidden or left (every edit is already stashed,
 * see SaveQueue), and warns before closing while a write is failing. Returns the cleanup, which
 * flushes too.
 */
export function saveWhenPageHides(queue: SaveQueue<object>): () => void {
	const hide = () => void queue.flush();
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') hide();
	};
	const beforeUnload = (event: BeforeUnloadEvent) => {
		// Read before flushing: the flush turns a failed state into "saving" at once.
		const failing = queue.state === 'failed' && queue.unsaved;
		hide();
		if (failing) event.preventDefault();
	};
	document.addEventListener('visibilitychange', onVisibility);
	addEventListener('pagehide', hide);
	addEventListener('beforeunload', beforeUnload);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		removeEventListener('pagehide', hide);
		removeEventListener('beforeunload', beforeUnload);
		void queue.flush();
		queue.dispose();
	};
}
