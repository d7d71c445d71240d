/** For unit tests: a microphone and MediaRecorder that record a fixed sound. */
import type { RecordingApis } from './answer-recorder.svelte';

/** A stand-in for MediaRecorder: every call is logged; `stop` hands over one chunk of audio. */
export class FakeRecorder extends EventTarget {
	static made: FakeRecorder[] = [];
	static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
	state: RecordingState = 'inactive';
	calls: string[] = [];
	constructor(
		readonly stream: MediaStream,
		readonly options: MediaRecorderOptions
	) {
		super();
		FakeRecorder.made.push(this);
	}
	get mimeType() {
		return this.options.mimeType ?? '';
	}
	start() {
		this.calls.push('start');
		this.state = 'recording';
	}
	pause() {
		this.calls.push('pause');
		this.state = 'paused';
	}
	resume() {
		this.calls.push('resume');
		this.state = 'recording';
	}
	stop() {
		this.calls.push('stop');
		this.state = 'inactive';
		setTimeout(() => {
			this.dispatchEvent(
				Object.assign(new Event('dataavailable'), { data: new Blob(['sound'], { type: 'x' }) })
			);
			this.dispatchEvent(new Event('stop'));
		});
	}
}

export function fakeApis(fail?: string) {
	const tracks = [Object.assign(new EventTarget(), { stopped: false, stop() {} })];
	tracks[0].stop = () => void (tracks[0].stopped = true);
	const stream = {
		getTracks: () => tracks,
		getAudioTracks: () => tracks
	} as unknown as MediaStream;
	FakeRecorder.made = [];
	const apis: RecordingApis = {
		getUserMedia: async () => {
			if (fail) throw Object.assign(new Error('denied'), { name: fail });
			return stream;
		},
		MediaRecorder: FakeRecorder as unknown as typeof MediaRecorder
	};
	return { apis, tracks };
}
