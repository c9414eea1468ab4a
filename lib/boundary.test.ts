import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers' boundary (README, "Layout") is enforced by eslint.config.mjs. These probes lint sources that exist
// only in memory, at nested paths inside lib/, app-logic/ and content/, and expect every forbidden import to be
// refused at every depth, and the allowed ones to pass: a rule that refused everything would fail here too.

const ROOT = process.cwd();
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of the boundary rules for `import … from spec` in a file at `file` (relative to the root). */
async function boundaryErrors(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${spec}';\nexport const used = probe;\n`, {
    filePath: path.join(ROOT, file),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

/** `target` (a path from the root, without extension) as a relative specifier from `file`. */
function relative(file: string, target: string): string {
  const spec = path.posix.relative(path.posix.dirname(file), target);
  return spec.startsWith('.') ? spec : `./${spec}`;
}

const CORE_PROBES = ['lib/probe.ts', 'lib/orbit/probe.ts', 'lib/orbit/deep/probe.ts', 'lib/passes/a/b/c/probe.ts'];

// Real files of each forbidden layer, so that the resolving rule has something to resolve, plus one that does not
// exist (the pattern rule alone must catch it).
const FORBIDDEN_TARGETS = [
  'server/clock',
  'server/tle/source',
  'components/map/palette',
  'app/layout',
  'app-logic/display/config',
  'content/panels',
  'test-support/passes',
  'worker/sw',
  'server/no-such-module',
];
const FORBIDDEN_PACKAGES = [
  'react',
  'react-dom/client',
  'next/link',
  'next',
  'leaflet',
  'react-leaflet',
  'swr',
  'server-only',
];
const NODE_BUILTINS = ['node:fs', 'fs', 'path', 'node:crypto', 'node:child_process', 'os'];

describe('lib/ (the core) refuses, at every depth', () => {
  for (const file of CORE_PROBES) {
    describe(file, () => {
      for (const pkg of [...FORBIDDEN_PACKAGES, ...NODE_BUILTINS]) {
        it(`'${pkg}'`, async () => {
          expect(await boundaryErrors(file, pkg)).not.toEqual([]);
        });
      }
      for (const target of FORBIDDEN_TARGETS) {
        it(`${target} by alias and by relative path`, async () => {
          expect(await boundaryErrors(file, `@/${target}`)).not.toEqual([]);
          expect(await boundaryErrors(file, relative(file, target))).not.toEqual([]);
        });
      }
      it('but accepts the core and ordinary packages', async () => {
        expect(await boundaryErrors(file, '@/lib/units')).toEqual([]);
        expect(await boundaryErrors(file, relative(file, 'lib/orbit/kepler'))).toEqual([]);
        expect(await boundaryErrors(file, 'satellite.js')).toEqual([]);
      });
    });
  }
});

describe("lib/'s own tests", () => {
  const file = 'lib/orbit/deep/probe.test.ts';
  it('may read fixtures from disk and use test-support/', async () => {
    expect(await boundaryErrors(file, 'node:fs')).toEqual([]);
    expect(await boundaryErrors(file, relative(file, 'test-support/passes'))).toEqual([]);
  });
  it('may not import the layers above the core', async () => {
    for (const target of ['server/clock', 'components/map/palette', 'app-logic/display/config']) {
      expect(await boundaryErrors(file, relative(file, target))).not.toEqual([]);
    }
    expect(await boundaryErrors(file, 'react')).not.toEqual([]);
  });
});

describe('app-logic/ and content/ (neither React nor server)', () => {
  for (const file of ['app-logic/display/probe.ts', 'app-logic/a/b/probe.ts', 'content/deep/probe.ts']) {
    it(`${file} refuses the framework, the server, the UI and the tests`, async () => {
      for (const spec of [
        'react',
        'next/navigation',
        'leaflet',
        'swr',
        'node:fs',
        relative(file, 'server/clock'),
        '@/components/map/palette',
        relative(file, 'test-support/passes'),
      ]) {
        expect(await boundaryErrors(file, spec), spec).not.toEqual([]);
      }
    });
    it(`${file} may use the core`, async () => {
      expect(await boundaryErrors(file, relative(file, 'lib/units'))).toEqual([]);
      expect(await boundaryErrors(file, '@/lib/passes/window')).toEqual([]);
    });
  }
  it('content/ may not import app-logic/', async () => {
    expect(await boundaryErrors('content/deep/probe.ts', '@/app-logic/display/config')).not.toEqual([]);
  });
});
