import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { transcripts } from '../transcripts.ts';

// The committed transcripts are what the example says today: regenerated here from calls against
// the sandbox and compared (the session id, random, aside). Rewrite them with
//   node --conditions=@dubai-pay/source examples/ivr/transcripts.ts
const sessionIds = (text: string) => text.replace(/ps_[0-9a-z]+/g, 'ps_…');

describe('examples/ivr: transcripts', () => {
  it('match a call made now, in each language and card mode', async () => {
    const made = await transcripts();
    assert.deepEqual(Object.keys(made).sort(), ['ar', 'ar-transfer', 'en', 'en-transfer']);
    for (const [name, text] of Object.entries(made)) {
      const committed = await readFile(new URL(`../transcripts/${name}.txt`, import.meta.url), 'utf8');
      assert.equal(sessionIds(committed), sessionIds(text), `examples/ivr/transcripts/${name}.txt is out of date`);
    }
    assert.match(made.en ?? '', /\[call ended: paid;/);
    assert.match(made.ar ?? '', /\[call ended: paid;/);
  });
});
