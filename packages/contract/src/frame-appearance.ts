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
  borderWidthPx: { min: 0, max: 4 },
  fontWeights: [400, 500, 600, 700],
  /** Family names: letters, digits, spaces, hyphens, commas and quotes only (no url(), no `;`). */
  fontFamily: { pattern: /^[\w\s\-,'"]+$/, maxLength: 200 },
} as const;

/**
 * The font families the gateway's frame shows (lower case): the generic ones, common system
 * fonts, and the Arabic families government pages use. The frame loads no font file from a
 * page's say-so: the hosted families' files come from the gateway itself (`HOSTED_FONT_FAMILIES`),
 * the others are used when the device has them; a family not here is left out of the list.
 */
export const FRAME_FONT_FAMILIES: readonly string[] = [
  'system-ui',
  'sans-serif',
  'serif',
  'ui-sans-serif',
  'ui-serif',
  'segoe ui',
  'roboto',
  'helvetica',
  'helvetica neue',
  'arial',
  'tahoma',
  'inter',
  'noto sans',
  'noto sans arabic',
  'noto naskh arabic',
  'ibm plex sans arabic',
  'dubai',
  'cairo',
  'tajawal',
];

/**
 * The families whose files the gateway serves from its own origin (weights 400 and 700, Arabic and
 * Latin; SIL Open Font License), so a page's Arabic face shows on devices that lack it. Not Noto
 * Sans Arabic: it is in the checkout's default list, and a default must cost no download (the
 * system's Arabic face comes before it). Not Dubai Font: its licence is the Dubai government's to
 * give, so it shows where installed.
 */
export const HOSTED_FONT_FAMILIES: readonly string[] = ['cairo', 'tajawal', 'ibm plex sans arabic', 'noto naskh arabic'];

/** The gateway's stylesheet (its `@font-face` rules) for a hosted family, on the frame's origin; undefined for any other family. */
export function hostedFontStylesheet(family: string): string | undefined {
  const name = family.toLowerCase();
  return HOSTED_FONT_FAMILIES.includes(name) ? `/frame/fonts/${name.replaceAll(' ', '-')}.css` : undefined;
}

/** The families of a CSS font list, unquoted. */
export function fontFamilies(list: string): string[] {
  return list
    .split(',')
    .map((family) =>
      family
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim(),
    )
    .filter(Boolean);
}

/** A family the frame shows. */
export function allowedFontFamily(family: string): boolean {
  return FRAME_FONT_FAMILIES.includes(family.toLowerCase());
}

/** A font list of shown families only, each quoted or not: what the frame's schema checks. */
const names = FRAME_FONT_FAMILIES.join('|');
export const ALLOWED_FONT_LIST = new RegExp(`^\\s*(["']?)(?:${names})\\1\\s*(?:,\\s*(["']?)(?:${names})\\2\\s*)*$`, 'i');

/** A font list as the frame takes it: only the allowed families, in order; undefined when none is. */
export function allowedFontList(list: string): string | undefined {
  const { pattern, maxLength } = APPEARANCE_BOUNDS.fontFamily;
  if (list.length > maxLength || !pattern.test(list)) return undefined;
  const families = fontFamilies(list).filter(allowedFontFamily);
  return families.length ? families.map((family) => (/\s/.test(family) ? `"${family}"` : family)).join(', ') : undefined;
}

/** The `--dubai-pay-*` custom properties, read by `read`, as an appearance within the bounds. */
export function appearanceFromCss(read: (property: string) => string): FrameAppearance {
  const value = (name: string) => read(`--dubai-pay-${name}`).trim();
  const color = (name: string) => (APPEARANCE_BOUNDS.color.test(value(name)) ? value(name) : undefined);
  const px = (name: string, { min, max }: { min: number; max: number }) => {
    const number = Number.parseInt(value(name), 10);
    return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : undefined;
  };
  const weight = (name: string) => {
    const number = Number(value(name));
    return (APPEARANCE_BOUNDS.fontWeights as readonly number[]).includes(number) ? (number as 400) : undefined;
  };
  const appearance: FrameAppearance = {
    color_text: color('color-text'),
    color_background: color('color-background'),
    color_border: color('color-border'),
    color_focus: color('color-focus'),
    color_error: color('color-error'),
    radius_px: px('radius', APPEARANCE_BOUNDS.radiusPx),
    font_size_px: px('font-size', APPEARANCE_BOUNDS.fontSizePx),
    font_family: allowedFontList(value('font-family')),
    input_border_width_px: px('input-border-width', APPEARANCE_BOUNDS.borderWidthPx),
    input_background: color('input-background'),
    label_font_weight: weight('label-font-weight'),
  };
  return Object.fromEntries(Object.entries(appearance).filter(([, v]) => v !== undefined)) as FrameAppearance;
}
