// Only the `@dubai-pay/elements/kiosk` entry, as a page that follows the README imports it: the DOM maps must come with it.
import '@dubai-pay/elements/kiosk';
import './checks.ts';
