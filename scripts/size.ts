// `pnpm size`: builds the browser bundles with rollup and prints their raw, gzip and brotli
// sizes: initial (what a page downloads before anything shows) and total (with the chunks the
// bundle loads only when a payment needs them: 3-D Secure, the kiosk's QR code); exits 1 when a
// bundle's initial size is over its budget. Budgets are gzip bytes, dependencies included.
// `pnpm size --by-source` also prints what each package and dependency adds to each initial script.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkFilesOf, chunksOf } from './bundle-chunks.ts';
import { sharesBySource } from './size-by-source.ts';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface Bundle {
  name: string;
  files: string[];
  /** gzip bytes */
  budget: number;
}

const KB = 1024;
// Budgets were raised when core moved onto ky (1.14: 5.1 KB gzip; ky 2 would be 8.9 KB) and the
// read-back of lost outcomes, the checkout's state machine and the hand-off controller came in
// (core 19.6 → 25.6 KB, agency bundle 35.3 → 42.7 KB). They come down again when 3-D Secure, the
// banks, the webview bridge and the second locale load only when needed (the performance issue).
const bundles: Bundle[] = [
  // 26,482 B before issue 13; what was paid for on the session and receipt (reference, inputs,
  // amount refunded) and the refund and webhook codes' rows in the error table: 26,674 B. The agency
  // server's calls and their schemas are in @dubai-pay/core/server, never in a browser bundle.
  // Issue 14: the session's three_d_secure schema and four 3-D Secure refusals' messages in both
  // languages (about 350 B of the 485), the issuer's text on the error: 27,159 B.
  // Issue 15: re-quote (replaces), the challenge's timeout warning, showProblems, the container's lang: 27,419 B.
  // Issue 16: one service with its entity (GET /catalog/services/{id}), publishable-key calls as CORS
  // simple requests, and the search index built once (SearchIndex, about 700 B: kept by any bundle
  // with Fees, the agency page's too, until search loads only where it is used): 27,419 → 28,436 B.
  // Issue 16, second part: 3-D Secure in a chunk of its own (load-chunk.ts) and dirhams written without
  // Intl: 28,436 → 27,641 B initial (29,714 B with the chunk); the locale on the hand-off (issue 18): 27,828 B.
  { name: 'core (+ ky, zod/mini, contract)', files: ['dist/browser/dubai-pay-core.js'], budget: 27.5 * KB },
  // Everything an agency page downloads for <dubai-pay>: component, lit, core, both locales, CSS.
  // 43,886 B before issue 13; the receipt's "what was paid for" rows and the reference attribute: 44,246 B.
  // Issue 14 (core's share above; three-ds-decline, the issuer's text, full-screen 05 and focus into the challenge): 44,938 B.
  // Issue 15 (one live status region, cancel that asks, start again, Pay that says what is missing,
  // focus that follows the checkout, the challenge's "more time", re-quote without wiping the card, a declined detail marked at its field, digits counted as digits, focus kept off what is behind a dialog): 45,015 → 46,882 B.
  // Issue 16 (core's share above; the frame loading beside the API calls, the service and its quote at once,
  // one catalog per page): 46,882 → 48,283 B. Code splitting (3-D Secure, banks, the bridge, the second
  // locale) is what brings this down: see the issue 16 note for why it waits (SRI of lazy chunks).
  // Issue 16, second part (core's share above, the server-rendered frame's adoption): 48,283 → 47,430 B.
  // Then issue 18 (plurals through Intl.PluralRules, Dubai time and the authorisation code on the
  // receipt, the payee, Arabic fonts, errors brought into view) and issue 17 (setup diagnostics, one
  // change event per change): 49,609 B initial, 51,738 B with the 3-D Secure chunk.
  // Issue 18, the receipt's "print or save as PDF" and "send to my phone" (the receipt-link call and
  // its schema, the controller, the QR's place and four strings in both languages; the QR encoder
  // stays in its chunk): 49,615 → 50,924 B; the six card schemes' marks (inline SVG, named in
  // both languages): 51,509 B.
  // Issue 17, the page in control: submit() and its result, reset(), the pay-button, header and footer
  // slots, the appearance object (its settings table and checks) and the gateway's font list: 52,985 B.
  // Issue 16, the receipt in a chunk (receipt-view: its template, its text, "send to my phone" and its
  // controller; 1.9 KB gzip), loaded while the payment is made; the initial bundle keeps a minimal
  // receipt (number and amount) and its two strings in both languages: 52,498 → 52,064 B (61,016 B with every chunk).
  { name: '<dubai-pay> agency page bundle', files: ['dist/browser/dubai-pay.js'], budget: 51.25 * KB },
  // A kiosk's: the same checkout with kiosk mode (keypads, idle reset, 80 mm receipts) and the
  // hand-off to a phone, whose QR encoder (uqr) is about 4 KB of it. 52,850 B before issue 11's
  // error table (ERROR_RULES, about 400 B gzip in core and so in both checkouts) brought it to 53,245 B.
  // Issue 14, as for the agency page: 54,334 B.
  // Issue 15 (idle warning read out once and shared with the service browser, focus kept, "finish on your phone" in a challenge,
  // and the agency page's share above): 54,398 → 57,031 B.
  // Issue 16 (the agency page's share above; the service browser sharing the page's catalog, its index
  // built when the browser is idle): 57,031 → 59,037 B.
  // Issue 16, second part: the QR encoder (uqr) and 3-D Secure in chunks: 59,037 → 54,485 B; issues 17
  // and 18 as for the agency page, and the kiosk's language on the hand-off: 57,127 B (63,170 B with both chunks).
  // Issue 18, the receipt sent to a phone and the card schemes' marks (as for the agency page): 57,136 → 58,830 B.
  // Issue 17, as for the agency page: 60,352 B.
  // Issue 16, the receipt in a chunk, as for the agency page: the kiosk keeps the receipt's text (its
  // printed lines) and the QR encoder's loader (the hand-off), so the minimal receipt costs about what
  // the chunk saves: 59,996 → 60,020 B initial (68,574 B with every chunk).
  { name: '<dubai-pay> kiosk bundle', files: ['dist/browser/dubai-pay-kiosk.js'], budget: 59 * KB },
  // The hosted fields frame: its page, script and stylesheet. 15,287 B before issue 10; the retry
  // timing (10), the payee line, the page's proof and activity messages (12) and the session_failed
  // code brought it to 15,971 B. Issue 16 is where it gets smaller again.
  // Issue 15: error messages that say what to fix, in both languages, and show-problems (and marking a field the gateway declined): 16,083 → 16,430 B.
  {
    name: 'hosted fields frame (HTML + JS + CSS)',
    files: ['dist/browser/frame/fields.html', 'dist/browser/frame/fields.js', 'dist/browser/frame/fields.css'],
    // Issue 17: the appearance's input border, input background and label weight, and the gateway's
    // font list checked by the frame's schema (a regex built from it): 16,493 → 16,801 B. The gateway's
    // hosted fonts (the frame links a hosted family's stylesheet from its own origin): 16,989 B.
    budget: 16.75 * KB,
  },
];

execFileSync(join('node_modules', '.bin', 'rollup'), ['-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });

// @dubai-pay/loader (issue 17): loadDubaiPay() with its version and the three bundles' sha384
// pins (213 B gzip of it: hashes do not compress) and its bilingual errors (about 260 B): 1,747 B.
// Its build pins the bundles the packages released, so it needs `pnpm build` first (CI builds first).
const released = ['core', 'elements'].every((pkg) => existsSync(join('packages', pkg, 'dist', 'browser', 'sri.json')));
if (released) {
  execFileSync(join('node_modules', '.bin', 'rollup'), ['-c', 'packages/loader/rollup.config.mjs', '--silent'], { stdio: 'inherit' });
  bundles.push({ name: '@dubai-pay/loader', files: ['dist/browser/dubai-pay-loader.js'], budget: 1.75 * KB });
} else console.log('@dubai-pay/loader: not measured (its build pins the released bundles: run `pnpm build` first)\n');

const gzipOf = (content: Buffer) => gzipSync(content, { level: 9 }).length;
const brotliOf = (content: Buffer) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const rows = bundles.map((bundle) => {
  const content = Buffer.concat(bundle.files.map((file) => readFileSync(file)));
  const gzip = gzipOf(content);
  // Each chunk is its own response, so compressed on its own.
  const chunks = bundle.files.flatMap((file) => (file.endsWith('.js') ? chunkFilesOf(file) : [])).map((file) => readFileSync(file));
  const chunkNames = bundle.files.flatMap((file) => (file.endsWith('.js') ? chunksOf(file).map((chunk) => chunk.name) : []));
  const total = gzip + chunks.reduce((sum, chunk) => sum + gzipOf(chunk), 0);
  return { ...bundle, raw: content.length, gzip, brotli: brotliOf(content), total, chunkNames, ok: gzip <= bundle.budget };
});

const format = (n: number) => n.toLocaleString('en-US');
const table = [
  ['bundle', 'initial raw', 'initial gzip', 'initial brotli', 'budget (gzip)', '', 'total gzip', 'loaded when needed'],
  ...rows.map((r) => [r.name, format(r.raw), format(r.gzip), format(r.brotli), format(r.budget), r.ok ? 'ok' : 'OVER', format(r.total), r.chunkNames.join(', ') || '-']),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table)
  console.log(
    row
      .map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
if (process.argv.includes('--by-source')) {
  for (const bundle of bundles) {
    for (const file of bundle.files.filter((f) => f.endsWith('.js'))) {
      console.log(`\n${file} by source (minified bytes, and gzip of those bytes alone):`);
      for (const share of sharesBySource(file)) console.log(`${format(share.raw).padStart(9)}  ${format(share.gzip).padStart(7)}  ${share.source}`);
    }
  }
}

const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((r) => `${r.name} by ${format(r.gzip - r.budget)} bytes`).join('; ')}`);
  process.exitCode = 1;
}
