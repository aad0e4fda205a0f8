/**
 * Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII, and direction marks removed, so that a
 * value typed on an Arabic keyboard or pasted from an RTL document reads the same.
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
}
