// What every entry must bring into TypeScript's DOM maps. No imports: a fixture imports one entry,
// then this file; a tag or an event that entry leaves out is a compile error here.
const checkout = document.querySelector('dubai-pay')!;
checkout.inputs = { plate_number: 'A 12345' };
checkout.methods = ['card', 'edirham'];
const services = document.querySelector('dubai-pay-services')!;
services.idleTimeout = 90;
const created: number = document.createElement('dubai-pay').challengeTimeout;
// @ts-expect-error not one of ours: an `Element`, no `inputs` (the maps are not `any`)
document.querySelector('dubai-pay-nope')!.inputs = {};

export const seen: unknown[] = [created];
checkout.addEventListener('dubai-pay-ready', (e) => seen.push(e.detail.sessionId satisfies string, e.detail.amount satisfies number));
checkout.addEventListener('dubai-pay-change', (e) => seen.push(e.detail.step, e.detail.complete satisfies boolean));
checkout.addEventListener('dubai-pay-success', (e) => seen.push(e.detail.receipt.number satisfies string));
checkout.addEventListener('dubai-pay-error', (e) => seen.push(e.detail.message.ar satisfies string, e.detail.code));
checkout.addEventListener('dubai-pay-cancel', (e) => seen.push(e.detail.sessionId satisfies string | null));
checkout.addEventListener('dubai-pay-idle-reset', (e) => seen.push(e.detail.sessionId satisfies string | null));
checkout.addEventListener('dubai-pay-receipt', (e) => seen.push(e.detail.lines.ar satisfies string[]));
services.addEventListener('dubai-pay-locale-change', (e) => seen.push(e.detail.locale satisfies 'ar' | 'en'));
services.addEventListener('dubai-pay-service-select', (e) => seen.push(e.detail.serviceId satisfies string, e.detail.entityId satisfies string));
// Bubbled to the document and the window (composed events), typed there too.
document.addEventListener('dubai-pay-success', (e) => seen.push(e.detail.sessionId satisfies string));
window.addEventListener('dubai-pay-service-select', (e) => seen.push(e.detail.serviceId satisfies string));
