import { describe, expect, it } from 'vitest';
import { safariPlatform, showSafariWeek } from './safari-week';

// Real user agents, as the browsers send them.
const UA = {
	iPhoneSafari:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
	iPadSafari:
		'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
	// iPadOS asks for the desktop site by default: a Mac's user agent, on a touch screen.
	macOrIPadDesktop:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
	iPhoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
	iPhoneFirefox:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
	iPhoneEdge:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/123.0.2420.56 Mobile/15E148 Safari/605.1.15',
	iPhoneFacebook:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.39.109;FBBV/568151016;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.4;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]',
	macChrome:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
	macFirefox:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:124.0) Gecko/20100101 Firefox/124.0',
	macEdge:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65',
	androidChrome:
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36',
	windowsChrome:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36'
};

describe('safariPlatform', () => {
	it('knows Safari on an iPhone, an iPad and a Mac', () => {
		expect(safariPlatform(UA.iPhoneSafari, 5)).toBe('ios');
		expect(safariPlatform(UA.iPadSafari, 5)).toBe('ios');
		expect(safariPlatform(UA.macOrIPadDesktop, 5)).toBe('ios');
		expect(safariPlatform(UA.macOrIPadDesktop, 0)).toBe('mac');
	});

	it('leaves out Chrome, Firefox and Edge on iOS, in-app browsers, and everything else', () => {
		for (const ua of [
			UA.iPhoneChrome,
			UA.iPhoneFirefox,
			UA.iPhoneEdge,
			UA.iPhoneFacebook,
			UA.macChrome,
			UA.macFirefox,
			UA.macEdge,
			UA.androidChrome,
			UA.windowsChrome,
			''
		])
			expect(safariPlatform(ua, 5), ua).toBeUndefined();
	});
});

describe('showSafariWeek', () => {
	const now = new Date('2026-11-30T12:00:00Z');
	const base = {
		platform: 'ios' as const,
		standalone: false,
		hasWork: true,
		dismissedAt: undefined,
		now
	};

	it('shows in a Safari tab once there is something to lose', () => {
		expect(showSafariWeek(base)).toBe(true);
		expect(showSafariWeek({ ...base, platform: 'mac' })).toBe(true);
		expect(showSafariWeek({ ...base, hasWork: false })).toBe(false);
		expect(showSafariWeek({ ...base, standalone: true })).toBe(false);
		expect(showSafariWeek({ ...base, platform: undefined })).toBe(false);
	});

	it('stays away for two weeks after it is dismissed, then comes back', () => {
		expect(showSafariWeek({ ...base, dismissedAt: '2026-11-29T12:00:00Z' })).toBe(false);
		expect(showSafariWeek({ ...base, dismissedAt: '2026-11-17T12:00:01Z' })).toBe(false);
		expect(showSafariWeek({ ...base, dismissedAt: '2026-11-16T12:00:00Z' })).toBe(true);
		expect(showSafariWeek({ ...base, dismissedAt: 'not a date' })).toBe(true);
	});
});
