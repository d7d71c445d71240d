/**
 * A small seeded generator of numbers in [0, 1), for tests that apply random edits: the same
 * seed gives the same edits, so a failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}
