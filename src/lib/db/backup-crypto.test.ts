import { describe, expect, it } from 'vitest';
import {
	decryptBackup,
	DecryptError,
	encryptBackupText,
	ENCRYPTED_FORMAT,
	PBKDF2_ITERATIONS,
	WRONG_PASSPHRASE
} from './backup-crypto';

// Fewer rounds keep the suite quick; the count is read from the file, as in use.
const ROUNDS = 100_000;
const TEXT = JSON.stringify({ format: 'star-practice-backup', note: 'Ünïcode and “quotes”' });

async function sealed(passphrase = 'correct horse') {
	return JSON.parse(await encryptBackupText(TEXT, passphrase, ROUNDS));
}

async function failure(json: Record<string, unknown>, passphrase: string) {
	try {
		await decryptBackup(json, passphrase);
	} catch (e) {
		if (e instanceof DecryptError) return e;
		throw e;
	}
	throw new Error('it opened');
}

describe('encrypted backups', () => {
	it('round-trips, and says it is encrypted and how', async () => {
		const file = await sealed();
		expect(file).toMatchObject({
			format: ENCRYPTED_FORMAT,
			version: 1,
			cipher: 'AES-GCM',
			kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ROUNDS }
		});
		expect(JSON.stringify(file)).not.toContain('quotes');
		expect(await decryptBackup(file, 'correct horse')).toBe(TEXT);
	});

	it('uses a current iteration count by default', async () => {
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
	});

	it('never seals the same text the same way twice (fresh salt and nonce)', async () => {
		const [a, b] = [await sealed(), await sealed()];
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.iv).not.toBe(b.iv);
		expect(a.ciphertext).not.toBe(b.ciphertext);
	});

	it('tells a wrong passphrase apart', async () => {
		const e = await failure(await sealed(), 'wrong horse');
		expect(e.reason).toBe('passphrase');
		expect(e.message).toBe(WRONG_PASSPHRASE);
	});

	it('refuses a tampered ciphertext as damaged, with the right passphrase', async () => {
		const file = await sealed();
		const bytes = atob(file.ciphertext);
		const flipped = String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1);
		const e = await failure({ ...file, ciphertext: btoa(flipped) }, 'correct horse');
		expect(e.reason).toBe('damaged');
		expect(e.message).toContain('were changed or cut short');
	});

	it('refuses a ciphertext cut short, and fields that are missing or not base64', async () => {
		const file = await sealed();
		const cut = btoa(atob(file.ciphertext).slice(0, 20));
		expect((await failure({ ...file, ciphertext: cut }, 'correct horse')).reason).toBe('damaged');
		expect((await failure({ ...file, iv: 'not base64!' }, 'x')).message).toContain(
			'its nonce is not base64'
		);
		expect((await failure({ ...file, kdf: undefined }, 'x')).message).toContain(
			'does not say how its key was made'
		);
		expect((await failure({ ...file, cipher: 'ROT13' }, 'x')).message).toContain('does not know');
	});
});
