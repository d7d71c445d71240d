/** Space left between a focused control and an overlay that would otherwise touch it. */
const GAP = 8;

/**
 * How far to scroll the page so `control` is clear of `overlay` (a fixed toast or bar): positive
 * scrolls down (the overlay sits low), negative up; 0 when they do not overlap.
 */
export function scrollToClear(control: DOMRect, overlay: DOMRect, viewportHeight: number): number {
	const overlaps =
		control.bottom > overlay.top &&
		control.top < overlay.bottom &&
		control.right > overlay.left &&
		control.left < overlay.right;
	if (!overlaps) return 0;
	const overlayIsLow = overlay.top + overlay.height / 2 > viewportHeight / 2;
	return overlayIsLow ? control.bottom - overlay.top + GAP : -(overlay.bottom - control.top + GAP);
}

/**
 * Keeps the focused control out from under `overlay` (WCAG 2.4.11): whenever focus moves, or the
 * overlay appears or grows, the page scrolls just enough to show the control. Returns a stop
 * function. Controls inside the overlay are its own and left alone, and so is focus a press
 * gave (not :focus-visible): the control is under the finger, and scrolling it away between
 * press and release would turn the tap into a click on whatever slid under the finger.
 */
export function keepFocusClearOf(overlay: HTMLElement): () => void {
	const clear = () => {
		const focused = document.activeElement;
		if (!(focused instanceof HTMLElement) || focused === document.body) return;
		if (!focused.matches(':focus-visible')) return;
		if (overlay.contains(focused) || overlay.getClientRects().length === 0) return;
		const by = scrollToClear(
			focused.getBoundingClientRect(),
			overlay.getBoundingClientRect(),
			window.innerHeight
		);
		if (by) window.scrollBy({ top: by, behavior: 'instant' });
	};
	const resized = new ResizeObserver(clear);
	resized.observe(overlay);
	document.addEventListener('focusin', clear);
	return () => {
		resized.disconnect();
		document.removeEventListener('focusin', clear);
	};
}
