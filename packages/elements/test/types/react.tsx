// The bare elements in React's JSX (compiled once with @types/react 19, once with 18).
import type {} from '@dubai-pay/elements/jsx-react';
import type { DubaiPayElement, DubaiPaySuccessEvent } from '@dubai-pay/elements';
import { useRef } from 'react';

export function Page({ paid }: { paid(event: DubaiPaySuccessEvent): void }) {
  const ref = useRef<DubaiPayElement>(null);
  return (
    <main>
      <dubai-pay
        ref={ref}
        service="rta-driving-licence-renewal"
        publishable-key="pk_test_demo"
        inputs={{ licence_number: '123' }}
        methods={['card']}
        challenge-timeout={300}
        className="checkout"
        ondubai-pay-success={(event) => paid(event)}
        ondubai-pay-error={(event) => console.log(event.detail.message.en)}
      />
      <dubai-pay-services locale="ar" ondubai-pay-service-select={(event) => console.log(event.detail.serviceId)} />
      {/* @ts-expect-error locale is ar or en */}
      <dubai-pay locale="fr" />
      {/* @ts-expect-error the handler gets the success event, not a number */}
      <dubai-pay ondubai-pay-success={(event: number) => event} />
      {/* @ts-expect-error not an element of ours */}
      <dubai-pay-nope />
    </main>
  );
}
