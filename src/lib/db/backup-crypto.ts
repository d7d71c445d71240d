/**
 * Passphrase-encrypted backups, on the device, with WebCrypto: AES-GCM (256-bit) under a key
 * from PBKDF2-SHA-256. The file says it is encrypted and how, so a later version can raise the
 * iteration count and still open older files. Pure apart from `crypto.subtle`.
 */

export const ENCRYPTED_FORMAT = 'star-practice-backup-encrypted';

/** OWASP's current figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

/** The encrypted file: everything needed to derive the key again, and the sealed backup. */
export interface EncryptedBackup {
	format: typeof ENCRYPTED_FORMAT;
	version: 1;
	cipher: 'AES-GCM';
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	/** Tells a wrong passphrase from a damaged file: derived with the key, useless without it. */
	check: string;
	iv: string;
	ciphertext: string;
}

/** Why a file could not be opened; `message` is for the user. */
export class DecryptError extends Error {
	name = 'DecryptError';
	constructor(
		message: string,
		readonly reason: 'passphrase' | 'damaged'
	) {
		super(message);
	}
}

export const WRONG_PASSPHRASE =
	'That passphrase does not open this backup. Check it and try again; nothing was changed.';
const DAMAGED = (what: string) =>
	`This encrypted backup is damaged (${what}), so it cannot be opened. Nothing was changed.`;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromBase64(text: unknown, field: string): Uint8Array<ArrayBuffer> {
	if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4)
		throw new DecryptError(DAMAGED(`its ${field} is not base64`), 'damaged');
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Bytes to base64 in chunks, for a ciphertext of many megabytes. */
function bigBase64(bytes: Uint8Array): string {
	let out = '';
	// A multiple of 3, so the chunks' base64 joins without padding in between.
	for (let i = 0; i < bytes.length; i += 0x6000) out += toBase64(bytes.subarray(i, i + 0x6000));
	return out;
}

/** 256 bits of AES key and 128 bits of check value from the passphrase. */
async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	const material = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = new Uint8Array(
		await crypto.subtle.deriveBits(
			{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
			material,
			384
		)
	);
	const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
		'encrypt',
		'decrypt'
	]);
	return { key, check: toBase64(bits.slice(32)) };
}

/** Encrypts a backup file's text with `passphrase`; returns the encrypted file's JSON text. */
export async function encryptBackupText(
	text: string,
	passphrase: string,
	iterations = PBKDF2_ITERATIONS
): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const { key, check } = await derive(passphrase, salt, iterations);
	const sealed = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text))
	);
	const file: EncryptedBackup = {
		format: ENCRYPTED_FORMAT,
		version: 1,
		cipher: 'AES-GCM',
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
		check,
		iv: toBase64(iv),
		ciphertext: bigBase64(sealed)
	};
	return JSON.stringify(file);
}

/** Whether parsed JSON is an encrypted backup (of any shape: decryptBackup checks the rest). */
export const isEncrypted = (json: unknown): json is Record<string, unknown> =>
	typeof json === 'object' &&
	json !== null &&
	(json as { format?: unknown }).format === ENCRYPTED_FORMAT;

/**
 * The backup text inside an encrypted file. Throws DecryptError: 'passphrase' when the
 * passphrase is wrong, 'damaged' when the file's fields are missing or altered (AES-GCM
 * authenticates every byte, so a changed ciphertext never decrypts to something else).
 */
export async function decryptBackup(
	json: Record<string, unknown>,
	passphrase: string
): Promise<string> {
	const kdf = json.kdf as Record<string, unknown> | undefined;
	if (json.version !== 1 || json.cipher !== 'AES-GCM')
		throw new DecryptError(
			'This backup is encrypted in a way this version of the app does not know. Update the app and try again.',
			'damaged'
		);
	if (!kdf || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256')
		throw new DecryptError(DAMAGED('it does not say how its key was made'), 'damaged');
	const iterations = kdf.iterations;
	if (
		typeof iterations !== 'number' ||
		!Number.isInteger(iterations) ||
		iterations < 100_000 ||
		iterations > 10_000_000
	)
		throw new DecryptError(DAMAGED('its iteration count is out of range'), 'damaged');
	const salt = fromBase64(kdf.salt, 'salt');
	const iv = fromBase64(json.iv, 'nonce');
	const ciphertext = fromBase64(json.ciphertext, 'contents');
	if (iv.length !== 12 || salt.length < 16)
		throw new DecryptError(DAMAGED('its salt or nonce has the wrong length'), 'damaged');
	const { key, check } = await derive(passphrase, salt, iterations);
	if (check !== json.check) throw new DecryptError(WRONG_PASSPHRASE, 'passphrase');
	try {
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext);
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new DecryptError(DAMAGED('its contents were changed or cut short'), 'damaged');
	}
}
