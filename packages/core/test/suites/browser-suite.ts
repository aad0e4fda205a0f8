import { expect } from 'chai';
import { collectBrowserInfo, createClient, formatAmount } from '@dubai-pay/core';
import { emvColorDepth } from '../../src/browser-info.ts';
import type { SandboxEnv, TestApi } from './env.ts';

/** What only a browser can show: browser data for 3-D Secure, and the secret-key guard. */
export function browserSuite({ describe, it }: TestApi, env: () => SandboxEnv): void {
  describe('in a browser', () => {
    it('collects the EMV 3DS browser data from the real browser', () => {
      const info = collectBrowserInfo();
      expect(info.language).to.equal(navigator.language);
      expect([1, 4, 8, 15, 16, 24, 32, 48]).to.include(info.colorDepth);
      expect(info.screenWidth).to.equal(screen.width);
      expect(info.timeZoneOffset).to.equal(new Date().getTimezoneOffset());
      expect(info.javaEnabled).to.equal(false);
      expect(info.javascriptEnabled).to.equal(true);
    });

    it('sends a 30-bit HDR colour depth as 32 and rounds others down to an EMV value', () => {
      expect([30, 24, 23, 48, 64, 0].map(emvColorDepth)).to.deep.equal([32, 24, 16, 48, 48, 1]);
    });

    it('refuses a secret key', () => {
      expect(() => createClient({ gateway: env().apiUrl, secretKey: env().secretKey })).to.throw(/never be used in a browser/);
    });

    it('formats fils with this browser’s Intl in both languages', () => {
      expect(formatAmount(123456, 'en')).to.match(/AED\s?1,234\.56/);
      const ar = formatAmount(123456, 'ar');
      expect(ar).to.include('1,234.56');
      expect(ar).to.include('د.إ');
    });
  });
}
