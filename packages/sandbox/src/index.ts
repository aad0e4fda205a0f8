export { createSandbox, DEFAULT_ORIGINS, type Sandbox, type SandboxOptions, type SandboxState } from './app.ts';
export type { Agency } from './agencies.ts';
export type { SandboxOrigins } from './config.ts';
export type { Fault } from './faults.ts';
export type { FrameAssets } from './routes/built-assets.ts';
export type { FontFiles } from './routes/fonts.ts';
export { TEST_CARDS, TEST_EDIRHAM_CARDS, TEST_EDIRHAM_PIN, type TestCard, type TestEdirhamCard } from './payments/test-cards.ts';
