import { describe, expect, it, vi } from 'vitest';
import { sendFile } from './send-file';

const file = new File(['{}'], 'star-practice-backup.json', { type: 'application/json' });

describe('sendFile', () => {
	it('shares the file through the share sheet when the browser can share files', async () => {
		const share = vi.fn(async () => {});
		const download = vi.fn();
		expect(await sendFile(file, download, { canShare: () => true, share })).toBe('shared');
		expect(share).toHaveBeenCalledWith({ files: [file], title: file.name });
		expect(download).not.toHaveBeenCalled();
	});

	it('downloads it where files cannot be shared, or sharing is missing', async () => {
		const download = vi.fn();
		const share = vi.fn(async () => {});
		expect(await sendFile(file, download, { canShare: () => false, share })).toBe('downloaded');
		expect(await sendFile(file, download, {})).toBe('downloaded');
		expect(await sendFile(file, download, undefined)).toBe('downloaded');
		expect(share).not.toHaveBeenCalled();
		expect(download).toHaveBeenCalledTimes(3);
		expect(download).toHaveBeenCalledWith(file);
	});

	it('does nothing more when the user closes the share sheet', async () => {
		const download = vi.fn();
		const share = vi.fn(async () => {
			throw new DOMException('dismissed', 'AbortError');
		});
		expect(await sendFile(file, download, { canShare: () => true, share })).toBe('cancelled');
		expect(download).not.toHaveBeenCalled();
	});

	it('downloads it when the browser refuses the share', async () => {
		const download = vi.fn();
		const share = vi.fn(async () => {
			throw new DOMException('no user activation', 'NotAllowedError');
		});
		expect(await sendFile(file, download, { canShare: () => true, share })).toBe('downloaded');
		expect(download).toHaveBeenCalledWith(file);
	});
});
