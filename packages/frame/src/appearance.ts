import * as z from 'zod/mini';
import { fontFamilies, frameAppearance, hostedFontStylesheet, type FrameAppearance } from '@dubai-pay/contract';

/**
 * The custom properties the stylesheet reads, and the value each gets from an appearance;
 * `undefined` puts the stylesheet's default back. The values were validated by the contract's
 * `frameAppearance` schema (hex colours, bounded integers, a plain list of font names), and go
 * in one property at a time with `setProperty`: no CSS text is ever built from them.
 */
export function appearanceProperties(appearance: FrameAppearance): Array<[name: string, value: string | undefined]> {
  const px = (n: number | undefined) => (n === undefined ? undefined : `${n}px`);
  const large = appearance.size === 'large';
  return [
    ['--dp-color-text', appearance.color_text],
    ['--dp-color-background', appearance.color_background],
    ['--dp-color-border', appearance.color_border],
    ['--dp-color-focus', appearance.color_focus],
    ['--dp-color-error', appearance.color_error],
    ['--dp-radius', px(appearance.radius_px)],
    ['--dp-font-size', px(appearance.font_size_px)],
    ['--dp-font-family', appearance.font_family],
    ['--dp-input-border-width', px(appearance.input_border_width_px)],
    ['--dp-input-background', appearance.input_background],
    ['--dp-label-font-weight', appearance.label_font_weight?.toString()],
    // Kiosk: larger type and spacing, touch targets of 56 px (WCAG 2.5.8 asks for 24, kiosks much more).
    ['--dp-scale', large ? '1.25' : undefined],
    ['--dp-target-size', large ? '56px' : undefined],
  ];
}

/** Applies an appearance to the document; a property the appearance does not set returns to its default. */
export function applyAppearance(root: HTMLElement, appearance: FrameAppearance): void {
  for (const [name, value] of appearanceProperties(appearance)) {
    if (value === undefined) root.style.removeProperty(name);
    else root.style.setProperty(name, value);
  }
  if (appearance.font_family) linkHostedFonts(appearance.font_family);
}

/** The gateway's own stylesheets of the hosted families in a font list (once each): their files come from this origin only. */
const linkedFonts = new Set<string>();
function linkHostedFonts(list: string): void {
  for (const href of fontFamilies(list).map(hostedFontStylesheet)) {
    if (!href || linkedFonts.has(href)) continue;
    linkedFonts.add(href);
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  }
}

/** The first appearance, from the frame URL's `appearance` JSON; anything malformed gives the defaults. */
export function appearanceFromQuery(text: string | undefined): FrameAppearance {
  if (!text) return {};
  try {
    const parsed = z.safeParse(frameAppearance, JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
