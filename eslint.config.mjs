import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier/flat';

import { builtinModules } from 'node:module';

// The layers (README, "Layout"): lib/ is the framework-free core, app-logic/ the app's own rules that are neither
// React nor core, content/ typed story data. None of them may reach into the framework, the server, the UI or the
// tests. Package names are matched as names; paths are matched at any depth, both as written (a regex over the
// specifier, so `../../../server/x` is caught even if the file does not exist) and as resolved
// (import/no-restricted-paths, so an alias or an odd relative path cannot slip through).
const frameworkImports = (layer) => [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: `${layer} is framework-free: no React.` },
  { group: ['next', 'next/*', '@next/*'], message: `${layer} is framework-free: no Next.` },
  {
    group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'],
    message: `${layer} is framework-free: Leaflet lives in components/map/.`,
  },
  { group: ['swr', 'swr/*'], message: `${layer} is framework-free: data fetching belongs to components.` },
  { group: ['server-only'], message: `${layer} must not depend on server-only code.` },
];
const layerPath = (folders, message) => ({ regex: `^(@/|(\\.\\.?/)+)(${folders.join('|')})(/|$)`, message });
const outward = (layer, folders) =>
  layerPath(folders, `${layer} must not import ${folders.map((f) => `${f}/`).join(', ')}.`);
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)].map((name) => ({
  name,
  message: 'The core runs in browsers and workers too: no Node built-ins outside tests.',
}));
const UPPER_LAYERS = ['server', 'components', 'app', 'app-logic', 'content', 'worker', 'scripts', 'e2e'];
const zones = (target, from) => [
  {
    target,
    from: from.map((f) => `./${f}`),
    message: `${target.slice(2)}/ sits below ${from.join(', ')}: see README, Layout.`,
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [...frameworkImports('lib/'), outward('lib/', [...UPPER_LAYERS, 'test-support'])],
        },
      ],
      'import/no-restricted-paths': ['error', { zones: zones('./lib', [...UPPER_LAYERS, 'test-support']) }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // The core's own tests may read fixtures from disk and use test-support/, nothing else above the core.
    files: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...frameworkImports('lib/'), outward('lib/', UPPER_LAYERS)] }],
      'import/no-restricted-paths': ['error', { zones: zones('./lib', UPPER_LAYERS) }],
    },
  },
  {
    files: ['app-logic/**/*.{ts,tsx,mts,js,mjs}', 'content/**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            ...frameworkImports('app-logic/ and content/'),
            outward('app-logic/ and content/', [
              'server',
              'components',
              'app',
              'worker',
              'scripts',
              'e2e',
              'test-support',
            ]),
          ],
        },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            ...zones('./app-logic', ['server', 'components', 'app', 'worker', 'scripts', 'e2e', 'test-support']),
            ...zones('./content', [
              'server',
              'components',
              'app',
              'app-logic',
              'worker',
              'scripts',
              'e2e',
              'test-support',
            ]),
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['components/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'leaflet', message: 'Only components/map/ touches Leaflet.' },
            { name: 'react-leaflet', message: 'Only components/map/ touches Leaflet.' },
          ],
        },
      ],
    },
  },
  // Layout is Prettier's (`npm run lint` checks it); no ESLint rule may disagree with it.
  prettier,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'e2e-artifacts/**',
    'public/sw.js',
  ]),
]);
