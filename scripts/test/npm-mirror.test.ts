import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { mirroredFile } from '../npm-mirror.ts';

// The demo's npm mirror serves what the package's tarball holds, at the version it has, and nothing else.
const ROOT = resolve(import.meta.dirname, '../..');

describe('the npm mirror (a CDN path → the package file npm would have)', () => {
  it('maps a published file of a package at its version', async () => {
    assert.equal(await mirroredFile('/@dubai-pay/elements@0.1.0/dist/browser/dubai-pay.js'), join(ROOT, 'packages/elements/dist/browser/dubai-pay.js'));
    assert.equal(await mirroredFile('/@dubai-pay/core@0.1.0/dist/browser/chunks/x.js'), join(ROOT, 'packages/core/dist/browser/chunks/x.js'));
    assert.equal(await mirroredFile('/@dubai-pay/elements@0.1.0/custom-elements.json'), join(ROOT, 'packages/elements/custom-elements.json'));
    assert.equal(await mirroredFile('/@dubai-pay/loader@0.1.0/package.json'), join(ROOT, 'packages/loader/package.json'));
  });

  it('has no other version, no private package, no unknown package', async () => {
    assert.equal(await mirroredFile('/@dubai-pay/elements@0.0.9/dist/browser/dubai-pay.js'), undefined);
    assert.equal(await mirroredFile('/@dubai-pay/frame@0.1.0/package.json'), undefined);
    assert.equal(await mirroredFile('/@dubai-pay/nothing@0.1.0/package.json'), undefined);
  });

  it('has none of what the tarball leaves out: sources, build info, paths out of the package', async () => {
    for (const path of [
      '/@dubai-pay/elements@0.1.0/src/define.ts',
      '/@dubai-pay/elements@0.1.0/dist/tsconfig.build.tsbuildinfo',
      '/@dubai-pay/elements@0.1.0/tsconfig.build.json',
      '/@dubai-pay/elements@0.1.0/dist/../../../package.json',
      '/@dubai-pay/elements@0.1.0/../core/package.json',
    ])
      assert.equal(await mirroredFile(path), undefined, path);
  });
});
