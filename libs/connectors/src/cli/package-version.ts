import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version of the installed @hub/connectors: its package.json is found by walking up from here,
 * since the source (src/cli) and the build (dist/connectors/src/cli) sit at different depths.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === '@hub/connectors' && manifest.version) return manifest.version;
    } catch {
      // no package.json here: look further up
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
