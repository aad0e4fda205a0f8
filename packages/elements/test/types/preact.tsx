// The bare elements in Preact's JSX.
import type {} from '@dubai-pay/elements/jsx-preact';
import type { DubaiPayElement } from '@dubai-pay/elements';
import { useRef } from 'preact/hooks';

export function Page() {
  const ref = useRef<DubaiPayElement>(null);
  return (
    <main>
      <dubai-pay ref={ref} service="dewa-bill" inputs={{ account_number: '2001234567' }} ondubai-pay-success={(event) => console.log(event.detail.receipt.number)} />
      <dubai-pay-services ondubai-pay-locale-change={(event) => console.log(event.detail.locale)} />
      {/* @ts-expect-error locale is ar or en */}
      <dubai-pay locale="fr" />
      {/* @ts-expect-error not an element of ours */}
      <dubai-pay-nope />
    </main>
  );
}
