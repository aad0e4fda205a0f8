// The gateway's 3DS notification page, loaded by the ACS's form post inside the container's
// ACS frame: it tells the container (its parent, same origin) that the step has ended.
const step = document.documentElement.dataset['step'];
if (step === 'method' || step === 'challenge') parent.postMessage({ type: 'dubai-pay:3ds-notification', step }, location.origin);
