/** The one "done — Undo" message shown at the foot of the app, e.g. after deleting a story. */
class UndoNotice {
	message = $state('');
	#undo: (() => Promise<void>) | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Shows `message` with an Undo button for 15 seconds. */
	offer(message: string, undo: () => Promise<void>) {
		this.message = message;
		this.#undo = undo;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.dismiss(), 15000);
	}

	async undo() {
		const undo = this.#undo;
		this.dismiss();
		try {
			await undo?.();
			this.message = 'Restored.';
		} catch (e) {
			this.message = `Could not undo: ${(e as Error).message}`;
		}
		this.#timer = setTimeout(() => this.dismiss(), 4000);
	}

	dismiss() {
		clearTimeout(this.#timer);
		this.message = '';
		this.#undo = undefined;
	}

	get canUndo() {
		return this.#undo !== undefined;
	}
}

export const undoNotice = new UndoNotice();
