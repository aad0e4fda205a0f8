/** EMV 3DS `challengeWindowSize`: width × height in CSS px; `05` is the whole space. */
export type ChallengeWindowSize = '01' | '02' | '03' | '04' | '05';

export interface ChallengeWindow {
  size: ChallengeWindowSize;
  /** CSS px, or `null` for `05` (fill the space given). */
  width: number | null;
  height: number | null;
}

const WINDOWS: readonly ChallengeWindow[] = [
  { size: '03', width: 500, height: 600 },
  { size: '04', width: 600, height: 400 },
  { size: '02', width: 390, height: 400 },
  { size: '01', width: 250, height: 400 },
];

/** Below this width (phones) the challenge takes the whole screen: `05`. */
export const SMALL_SCREEN_WIDTH = 600;

/**
 * The largest standard window that fits the space (by area), `05` on small screens, on kiosks
 * (`fullScreen`), or when none fits.
 */
export function chooseChallengeWindow(space: { width: number; height: number }, fullScreen = false): ChallengeWindow {
  if (fullScreen || space.width < SMALL_SCREEN_WIDTH) return { size: '05', width: null, height: null };
  return WINDOWS.find((w) => w.width! <= space.width && w.height! <= space.height) ?? { size: '05', width: null, height: null };
}
