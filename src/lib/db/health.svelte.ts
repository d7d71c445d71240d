import { getDatabase, onVersionChange } from './open';

/** Whether the app can store data here; the layout shows a screen or a banner from it. */
class StorageHealth {
	state = $state<'checking' | 'ok' | 'unavailable' | 'outdated'>('checking');
	message = $state('');

	async check() {
		this.state = 'checking';
		try {
			await getDatabase();
			this.state = 'ok';
		} catch (e) {
			this.state = 'unavailable';
			this.message = e instanceof Error ? e.message : String(e);
		}
	}

	constructor() {
		onVersionChange(() => (this.state = 'outdated'));
	}
}

export const storageHealth = new StorageHealth();
