import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

// lib/ is the framework-free core: it must run in Node, a worker or a test without a browser.
const frameworkImports = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ is framework-free: no React.' },
  { group: ['next', 'next/*'], message: 'lib/ is framework-free: no Next.' },
  { group: ['leaflet', 'react-leaflet', 'react-leaflet/*'], message: 'lib/ is framework-free: Leaflet lives in components/map/.' },
  { group: ['swr', 'swr/*'], message: 'lib/ is framework-free: data fetching belongs to components.' },
  { group: ['server-only', '@/server/*', '../server/*'], message: 'lib/ must not depend on server-only code.' },
  { group: ['@/components/*', '@/app/*'], message: 'lib/ must not import UI code.' },
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
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: ['components/map/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'leaflet', message: 'Only components/map/ touches Leaflet.' },
        { name: 'react-leaflet', message: 'Only components/map/ touches Leaflet.' },
      ] }],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'build/**', 'next-env.d.ts', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**', 'public/sw.js']),
]);
