// An agency page in Vue 3: the licence renewal fee, paid with the bare <dubai-pay> element, from a
// single-file component (App.vue). esbuild compiles the component ahead of time with Vue's own
// compiler (sfc-plugin.ts), so the page needs no template compiler and no `eval` under its strict
// CSP; vue-tsc type-checks its template against @dubai-pay/elements' declarations (check.ts).
import '@dubai-pay/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

interface Config {
  gateway: string;
  publishableKey: string;
}

const configUrl = '/config.js';
const config = ((await import(configUrl)) as { default: Config }).default;

createApp(App, { gateway: config.gateway, publishableKey: config.publishableKey }).mount('#app');
