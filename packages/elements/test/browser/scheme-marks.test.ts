import { expect } from 'chai';
import { mount, shadow, unmountAll, until } from './support.ts';

// The card schemes' marks beside "Credit or debit card": drawn in the element (nothing fetched),
// decoration hidden from assistive technology (the radio's name is "Credit or debit card"; the schemes,
// in the reader's language, are its description), at the row's end in both directions.

afterEach(unmountAll);

describe('<dubai-pay> card scheme marks', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`six marks, hidden from screen readers, the schemes as the radio's description, at the row's end (${lang})`, async () => {
      const element = await mount({ service: 'rta-driving-licence-renewal', inputs: 'traffic_file_number=12345678' }, lang);
      const row = await until(() => shadow(element).querySelector<HTMLElement>('[part="method"]:has(input[value="card"])'));
      const marks = [...row.querySelectorAll<SVGSVGElement>('[part="scheme-mark"]')];
      expect(marks.length).to.equal(6);
      // Decoration beside the text: hidden from assistive technology, so the radio's name is its text alone.
      expect(row.querySelector('[part="scheme-marks"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(marks.filter((mark) => mark.hasAttribute('role') || mark.hasAttribute('aria-label'))).to.deep.equal([]);
      // The schemes said once, as the radio's description, in the reader's language.
      const radio = row.querySelector('input')!;
      const description = shadow(element).getElementById(radio.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal(
        lang === 'en' ? 'Visa, Mastercard, American Express, UnionPay, JCB, and Discover' : 'فيزا وماستركارد وأمريكان إكسبريس ويونيون باي وجي سي بي وديسكفر',
      );
      expect(description.hidden, 'read as the description only, not as text of its own').to.equal(true);
      // Nothing that could load from elsewhere.
      expect(row.querySelectorAll('image, use, [href], [src]').length).to.equal(0);
      // Only on the card's row.
      expect(shadow(element).querySelectorAll('[part="scheme-mark"]').length).to.equal(6);
      // Laid out: each mark has a size, and the marks sit at the row's end (right in English, left in Arabic).
      const label = row.querySelector('span')!.getBoundingClientRect();
      const first = marks[0]!.getBoundingClientRect();
      expect(first.width > 10 && first.height > 8, 'drawn at a visible size').to.equal(true);
      const box = row.getBoundingClientRect();
      if (lang === 'en') expect(first.left > label.right, 'after the label').to.equal(true);
      else expect(first.right < label.left, 'after the label, to its left').to.equal(true);
      expect(first.left >= box.left && first.right <= box.right, 'inside the row').to.equal(true);
    });
  }
});
