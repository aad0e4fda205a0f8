import { APPEARANCE_BOUNDS } from '@dubai-pay/contract';

type FontWeight = 400 | 500 | 600 | 700;

/**
 * The checkout's looks as one object (`element.appearance = { variables, rules }`): the same
 * values as the `--dubai-pay-*` custom properties, checked, and forwarded to the gateway's card
 * fields within the gateway's bounds (hex colours, sizes in px, the fonts on its list).
 */
export interface DubaiPayAppearance {
  variables?: {
    /** Hex colours (`#rgb`, `#rrggbb`, with alpha too). */
    colorPrimary?: string;
    colorOnPrimary?: string;
    colorText?: string;
    colorMuted?: string;
    colorBackground?: string;
    colorBorder?: string;
    colorError?: string;
    colorFocus?: string;
    /** Corner radius in px, 0–24. */
    radius?: number;
    /** Base font size in px, 12–32. */
    fontSize?: number;
    /** A CSS font list; the card fields use the families in it that the gateway shows (`FRAME_FONT_FAMILIES`). */
    fontFamily?: string;
  };
  /** A safe set of rules: the fields (the checkout's own and the card fields), their labels, the buttons. */
  rules?: {
    input?: { borderWidth?: number; backgroundColor?: string };
    label?: { fontWeight?: FontWeight };
    button?: { fontWeight?: FontWeight };
  };
}

type Check = (value: unknown) => string | undefined;

const { color, radiusPx, fontSizePx, borderWidthPx, fontWeights, fontFamily } = APPEARANCE_BOUNDS;
const hex: Check = (value) => (typeof value === 'string' && color.test(value) ? value : undefined);
const px =
  ({ min, max }: { min: number; max: number }): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? `${value}px` : undefined;
const weight: Check = (value) => ((fontWeights as readonly unknown[]).includes(value) ? String(value) : undefined);
const fonts: Check = (value) => (typeof value === 'string' && value.length <= fontFamily.maxLength && fontFamily.pattern.test(value) ? value : undefined);

/** Each setting: where it is in the object, the custom property it sets, and what it accepts. */
const SETTINGS: [path: string, property: string, check: Check][] = [
  ['variables.colorPrimary', 'color-primary', hex],
  ['variables.colorOnPrimary', 'color-on-primary', hex],
  ['variables.colorText', 'color-text', hex],
  ['variables.colorMuted', 'color-muted', hex],
  ['variables.colorBackground', 'color-background', hex],
  ['variables.colorBorder', 'color-border', hex],
  ['variables.colorError', 'color-error', hex],
  ['variables.colorFocus', 'color-focus', hex],
  ['variables.radius', 'radius', px(radiusPx)],
  ['variables.fontSize', 'font-size', px(fontSizePx)],
  ['variables.fontFamily', 'font-family', fonts],
  ['rules.input.borderWidth', 'input-border-width', px(borderWidthPx)],
  ['rules.input.backgroundColor', 'input-background', hex],
  ['rules.label.fontWeight', 'label-font-weight', weight],
  ['rules.button.fontWeight', 'button-font-weight', weight],
];

/**
 * The custom properties an appearance sets, and the settings it gave that were refused (a value
 * out of bounds, or a name that is not a setting) so the console can name them.
 */
export function appearanceStyle(appearance: DubaiPayAppearance | null | undefined): { properties: [name: string, value: string][]; refused: string[] } {
  const properties: [string, string][] = [];
  const refused: string[] = [];
  const known = new Set(SETTINGS.map(([path]) => path));
  for (const path of leafPaths(appearance ?? {})) if (!known.has(path)) refused.push(path);
  for (const [path, property, check] of SETTINGS) {
    const given = path.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], appearance);
    if (given === undefined) continue;
    const value = check(given);
    if (value === undefined) refused.push(path);
    else properties.push([`--dubai-pay-${property}`, value]);
  }
  return { properties, refused };
}

function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
}
