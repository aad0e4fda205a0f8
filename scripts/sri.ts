// Subresource Integrity hashes for every file an agency page loads from the CDN, written beside
// them as dist/browser/sri.json and printed, so agencies can pin exactly what they run
// (PCI DSS 4.0 asks SAQ A merchants to protect their payment pages from script changes).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['dubai-pay.js', 'dubai-pay-kiosk.js', 'dubai-pay-core.js'];
const hashes = Object.fromEntries(files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/browser/${file}`)).digest('base64')}`]));
writeFileSync('dist/browser/sri.json', `${JSON.stringify(hashes, null, 2)}\n`);
for (const [file, integrity] of Object.entries(hashes)) console.log(`${file}  integrity="${integrity}"`);
