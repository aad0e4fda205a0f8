// `pnpm --filter @dubai-pay/elements manifest`: custom-elements.json from the JSDoc on the class.
export default {
  globs: ['src/dubai-pay.ts'],
  outdir: '.',
  litelement: true,
};
