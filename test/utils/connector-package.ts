import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const CONNECTORS = join(ROOT, 'libs/connectors');

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** `npm pack` of libs/connectors (built by the test run's `npm run build`) into `dir`; answers the tarball's name. */
export function packConnectors(dir: string): string {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: CONNECTORS, encoding: 'utf8' }),
  ) as Array<{ filename: string }>;
  return filename;
}

/**
 * Makes `dir` a department's project depending on the tarball alone, and installs it with no network:
 * `npm ci --offline`. npm's cache holds the dependencies' tarballs (the repository's install fetched
 * them) but not the registry's metadata that `npm install <tarball>` resolves versions with, so the
 * project gets a lock file: the tarball, and the entries of the repository's lock that its declared
 * dependencies reach, the same pinned versions.
 */
export function installOffline(dir: string, tarball: string): void {
  const rootLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(readFileSync(join(CONNECTORS, 'package.json'), 'utf8')) as LockEntry & {
    license: string;
    bin: unknown;
    engines: unknown;
  };
  const packages = rootLock.packages;
  // Node's resolution over the lock's node_modules paths: nearest enclosing node_modules first.
  const locate = (from: string, name: string): string | null => {
    for (let at = from; ; at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '') {
      const key = at ? `${at}/node_modules/${name}` : `node_modules/${name}`;
      if (packages[key]) return key;
      if (!at) return null;
    }
  };
  const reached: Record<string, LockEntry> = {};
  const queue: Array<[string, string, boolean]> = Object.keys(manifest.dependencies ?? {}).map((name) => ['', name, false]);
  while (queue.length) {
    const [from, name, optional] = queue.pop()!;
    const key = locate(from, name);
    if (!key) {
      if (optional) continue; // an optional dependency for another platform
      throw new Error(`${name} (needed by ${from || '@hub/connectors'}) is not in the repository's lock`);
    }
    if (reached[key]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = packages[key];
    reached[key] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) queue.push([key, dep, false]);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) queue.push([key, dep, true]);
  }
  const resolved = `file:${tarball}`;
  const integrity = `sha512-${createHash('sha512')
    .update(readFileSync(join(dir, tarball)))
    .digest('base64')}`;
  const project = { name: 'department-system', version: '1.0.0', private: true, dependencies: { '@hub/connectors': resolved } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(project, null, 2));
  const lock = {
    ...project,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': project,
      'node_modules/@hub/connectors': {
        version: manifest.version,
        resolved,
        integrity,
        license: manifest.license,
        dependencies: manifest.dependencies,
        bin: manifest.bin,
        engines: manifest.engines,
      },
      ...reached,
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}
