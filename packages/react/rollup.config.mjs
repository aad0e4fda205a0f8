// @dubai-pay/react's library build (ESM, React and the elements left external), run by
// scripts/build.ts from the repository root, like the other packages' builds in rollup.config.mjs.
import esbuild from 'rollup-plugin-esbuild';

const external = ['react', '@dubai-pay/elements'];

export default {
  input: 'packages/react/src/index.ts',
  output: { dir: 'packages/react/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/react/src' },
  external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
  plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' })],
};
