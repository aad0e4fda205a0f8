// `@dubai-pay/sandbox/testing`: helpers every suite uses against the sandbox (and agencies' own tests can).
export { framePage, openTestSession, STUB_FRAME_ASSETS } from './frame-proof.ts';
export { rawRequest, type RawAnswer } from './raw-http.ts';
