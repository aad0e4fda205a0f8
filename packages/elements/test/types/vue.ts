// The elements as Vue's GlobalComponents: the props and event handlers vue-tsc checks a template against.
import type {} from '@dubai-pay/elements/vue';
import type { GlobalComponents } from 'vue';

type CheckoutProps = InstanceType<GlobalComponents['dubai-pay']>['$props'];
type ServicesProps = InstanceType<GlobalComponents['dubai-pay-services']>['$props'];

export const checkout: CheckoutProps = {
  service: 'dewa-bill',
  inputs: { account_number: '2001234567' },
  'publishable-key': 'pk_test_demo',
  class: 'checkout',
  onDubaiPaySuccess: (event) => console.log(event.detail.receipt.number),
  onDubaiPayLocaleChange: (event) => console.log(event.detail.locale),
};
export const services: ServicesProps = { onDubaiPayServiceSelect: (event) => console.log(event.detail.entityId) };
// @ts-expect-error locale is ar or en
export const wrongLocale: CheckoutProps = { locale: 'fr' };
// @ts-expect-error the handler gets the success event
export const wrongHandler: CheckoutProps = { onDubaiPaySuccess: (event: number) => event };
// The element itself is what a template ref gets.
export const inputs = (element: InstanceType<GlobalComponents['dubai-pay']>) => element.inputs;
