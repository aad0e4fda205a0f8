/** One line of a call's log as printed and kept in transcripts: `IVR: …`, or an indented note. */
export function logLine(speaker: string, text: string): string {
  return speaker ? `${speaker}: ${text}` : `    ${text}`;
}
