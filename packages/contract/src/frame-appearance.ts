import type { FrameAppearance } from './types.ts';

/**
 * The bounds of the styling a page may pass to the hosted fields: the frame's schema checks
 * them, and the checkout reads its CSS custom properties into them, so what it sends is accepted.
 * A module without zod, so that the page's bundle carries only these few constants.
 */
export const APPEARANCE_BOUNDS = {
  color: /^#[0-9a-fA-F]{3,8}$/,
  radiusPx: { min: 0, max: 24 },
  fontSizePx: { min: 12, max: 32 },
  /** Family names: letters, digits, spaces, hyphens, commas and quotes only (no url(), no `;`). */
  fontFamily: { pattern: /^[\w\s\-,'"]+$/, maxLength: 200 },
} as const;

/** The `--dubai-pay-*` custom properties, read by `read`, as an appearance within the bounds. */
export function appearanceFromCss(read: (property: string) => string): FrameAppearance {
  const value = (name: string) => read(`--dubai-pay-${name}`).trim();
  const color = (name: string) => (APPEARANCE_BOUNDS.color.test(value(name)) ? value(name) : undefined);
  const px = (name: string, { min, max }: { min: number; max: number }) => {
    const number = Number.parseInt(value(name), 10);
    return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : undefined;
  };
  const family = value('font-family');
  const { fontFamily } = APPEARANCE_BOUNDS;
  const appearance: FrameAppearance = {
    color_text: color('color-text'),
    color_background: color('color-background'),
    color_border: color('color-border'),
    color_focus: color('color-focus'),
    color_error: color('color-error'),
    radius_px: px('radius', APPEARANCE_BOUNDS.radiusPx),
    font_size_px: px('font-size', APPEARANCE_BOUNDS.fontSizePx),
    font_family: family.length <= fontFamily.maxLength && fontFamily.pattern.test(family) ? family : undefined,
  };
  return Object.fromEntries(Object.entries(appearance).filter(([, v]) => v !== undefined)) as FrameAppearance;
}
