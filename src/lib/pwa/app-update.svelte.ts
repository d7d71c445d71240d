import { dev, version } from '$app/environment';

/**
 * Registers the service worker and notices when a new version is waiting. It never reloads
 * by itself: a half-written answer must not vanish under the user's fingers.
 */
class AppUpdate {
	available = $state(false);
	#registration: ServiceWorkerRegistration | undefined;
	#reloading = false;

	async register() {
		if (!('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
		this.#registration = registration;
		// While this page lives, the cache of its version stays (an update must not pull it away).
		void navigator.locks?.request(
			`star-practice:version:${version}`,
			{ mode: 'shared' },
			() => new Promise<never>(() => {})
		);
		// Puts back anything cleared from the offline cache while the network is there.
		void navigator.serviceWorker.ready.then((ready) => checkCache(ready.active));
		const notice = () => {
			// With no controller this is the first install, not an update.
			if (registration.waiting && navigator.serviceWorker.controller) this.available = true;
		};
		notice();
		registration.addEventListener('updatefound', () => {
			registration.installing?.addEventListener('statechange', notice);
		});
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#reloading) location.reload();
		});
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') registration.update().catch(() => {});
		});
	}

	/** Activates the waiting version, then reloads once it controls the page. */
	apply() {
		const waiting = this.#registration?.waiting;
		if (!waiting) return location.reload();
		this.#reloading = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const appUpdate = new AppUpdate();

/** Asks the service worker to make its cache whole again; resolves when it has. */
export function checkCache(worker: ServiceWorker | null | undefined): Promise<boolean> {
	if (!worker) return Promise.resolve(false);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data?.ok === true);
		worker.postMessage({ type: 'CHECK_CACHE' }, [channel.port2]);
	});
}
