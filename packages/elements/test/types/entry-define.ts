// Only the `@dubai-pay/elements/define` entry, as a page that follows the README imports it: the DOM maps must come with it.
import '@dubai-pay/elements/define';
import './checks.ts';
