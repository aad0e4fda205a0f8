// Only the `@dubai-pay/elements` entry, as a page that follows the README imports it: the DOM maps must come with it.
import '@dubai-pay/elements';
import './checks.ts';
