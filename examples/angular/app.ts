// An agency page in Angular: the licence renewal fee, paid with the bare <dubai-pay> element in a
// standalone component. CUSTOM_ELEMENTS_SCHEMA lets the template use the element; `[inputs]` sets
// the object as a property; `(dubai-pay-success)` listens to the event by name, and with
// `strictTemplates` Angular types `$event` from `HTMLElementTagNameMap['dubai-pay']`'s events (a
// handler taking the wrong event type does not compile). The @ViewChild reference reads the
// element's own state. Compiled ahead of time by ngc (build.ts): no compiler, no `eval` in the page.
import '@dubai-pay/elements/define';
import { CUSTOM_ELEMENTS_SCHEMA, Component, type ElementRef, VERSION, ViewChild, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { DubaiPayErrorEvent, DubaiPaySuccessEvent } from '@dubai-pay/elements';

interface Config {
  gateway: string;
  publishableKey: string;
}

const TEXT = {
  title: { en: 'Renew your driving licence', ar: 'جدّد رخصة القيادة' },
  ready: { en: 'Card details complete: Pay will pay.', ar: 'اكتملت بيانات البطاقة: زر الدفع جاهز.' },
  paid: { en: 'Paid. Receipt {number}.', ar: 'تم الدفع. رقم الإيصال {number}.' },
  failed: { en: 'The payment could not go on: {message}', ar: 'تعذّر إكمال الدفع: {message}' },
};

// The demo server's settings (gateway URL, publishable key), loaded at run time, not bundled.
const configUrl = '/config.js';
const config = ((await import(configUrl)) as { default: Config }).default;

@Component({
  selector: 'agency-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main class="page">
      <h1>{{ text.title.en }} <span lang="ar" dir="rtl">{{ text.title.ar }}</span></h1>
      <p id="framework" class="note">Angular {{ version }}</p>
      <dubai-pay
        #checkout
        id="checkout"
        [gateway]="config.gateway"
        [publishableKey]="config.publishableKey"
        service="rta-driving-licence-renewal"
        [inputs]="inputs"
        (dubai-pay-change)="changed()"
        (dubai-pay-success)="paid($event)"
        (dubai-pay-error)="failed($event)"
      ></dubai-pay>
      <p id="ready" class="note">{{ ready() ? text.ready.en + ' ' + text.ready.ar : '' }}</p>
      <p id="outcome" role="status">{{ outcome() }}</p>
    </main>
  `,
})
class AgencyApp {
  protected readonly text = TEXT;
  protected readonly version = VERSION.full;
  protected readonly config = config;
  protected readonly inputs = { traffic_file_number: '12345678' };
  protected readonly ready = signal(false);
  protected readonly outcome = signal('');

  @ViewChild('checkout') checkout!: ElementRef<HTMLElementTagNameMap['dubai-pay']>;

  changed(): void {
    this.ready.set(this.checkout.nativeElement.readyToPay);
  }

  paid(event: DubaiPaySuccessEvent): void {
    this.outcome.set(`${TEXT.paid.en} ${TEXT.paid.ar}`.replaceAll('{number}', event.detail.receipt.number));
  }

  failed(event: DubaiPayErrorEvent): void {
    this.outcome.set(`${TEXT.failed.en.replace('{message}', event.detail.message.en)} ${TEXT.failed.ar.replace('{message}', event.detail.message.ar)}`);
  }
}

await bootstrapApplication(AgencyApp, { providers: [provideZonelessChangeDetection()] });
