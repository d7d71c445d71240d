/**
 * Single-key shortcuts (review's Space and 1–4, practice's P, "/" for search) that never take a
 * key meant for something else: not on a link, a button, a field or any other control, not with
 * Ctrl, Alt or Meta held, and not when a handler already used the key.
 */

/** Where a key belongs to the focused element, so a page-wide shortcut must leave it alone. */
const OWNS_KEYS = [
	'a[href]',
	'area[href]',
	'button',
	'input',
	'textarea',
	'select',
	'summary',
	'audio[controls]',
	'video[controls]',
	'iframe',
	'[contenteditable]:not([contenteditable="false"])',
	...[
		'button',
		'link',
		'checkbox',
		'radio',
		'switch',
		'tab',
		'option',
		'combobox',
		'listbox',
		'menuitem',
		'slider',
		'spinbutton',
		'textbox',
		'searchbox',
		'gridcell',
		'treeitem'
	].map((role) => `[role="${role}"]`),
	// A custom widget made focusable on purpose (tabindex="-1" is only a focus target, e.g. a heading).
	'[tabindex]:not([tabindex="-1"])'
].join(', ');

/**
 * The shortcut this key press stands for (`'p'`, `'/'`, `' '`, `'Enter'`, `'1'`…), or
 * `undefined` when it must reach the focused element untouched. Letters are lower-cased.
 */
export function shortcutKey(event: KeyboardEvent): string | undefined {
	if (event.defaultPrevented || event.isComposing) return undefined;
	// Shift is allowed: some layouts need it for "/" or "?".
	if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
	const target = event.target;
	if (target instanceof Element && target.closest(OWNS_KEYS)) return undefined;
	return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
