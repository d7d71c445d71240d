import type { SaveQueue } from './save-queue.svelte';

/**
 * Writes pending edits as soon as the page is hidden or left, and stashes them synchronously in
 * case the page dies before IndexedDB answers. Warns before closing while a write is failing.
 * Returns the cleanup, which flushes too (the editor is going away, e.g. on navigation).
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
