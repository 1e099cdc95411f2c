import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyScope } from '@hub/shared-schema';
import { installOffline, packConnectors } from '../utils/connector-package';
import { FOOD_MATTER, MARKET, uscc } from '../utils/fixtures';
import { seed } from '../utils/seed';
import { startTestApp, TestApp } from '../utils/test-app';

const ROOT = join(__dirname, '../..');

/**
 * A program run to its end without blocking: the hub under test answers from this process, so a
 * synchronous spawn would leave a program calling it waiting for ever.
 */
function run(
  file: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(file, args, { ...options, encoding: 'utf8', timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    ),
  );
}

/** A department installs @hub/connectors from its tarball into a project of its own, nothing of the repository beside it. */
describe('@hub/connectors as a package a unit installs (e2e)', () => {
  let hub: TestApp;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'department-system-'));
  let tarball: string;

  beforeAll(async () => {
    hub = await startTestApp();
    await seed.foodMatter(hub);
    key = await hub.apiKey(MARKET, [ApiKeyScope.PUBLISH, ApiKeyScope.READ]);
    tarball = packConnectors(dir);
    installOffline(dir, tarball);
  }, 180_000);
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('packs built JavaScript, declarations and the bin, and none of the TypeScript source or the hub', () => {
    const listed = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(listed).toEqual(
      expect.arrayContaining([
        'package/bin/hub-connector.cjs',
        'package/dist/connectors/src/index.js',
        'package/dist/connectors/src/index.d.ts',
        'package/package.json',
      ]),
    );
    expect(listed.filter((f) => /\/src\/.*(?<!\.d)\.ts$/.test(f) || f.includes('apps/') || f.includes('hub-api'))).toEqual([]);
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules/@hub/connectors/package.json'), 'utf8'));
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // Its dependencies are declared, at the versions the repository pins.
    for (const [name, version] of Object.entries(installed.dependencies as Record<string, string>))
      expect([name, version]).toEqual([name, root.dependencies[name]]);
  });

  it('is required from plain JavaScript and calls the hub', async () => {
    const script = `const { HubClient, PUBLISH_CATEGORY_NAMES } = require('@hub/connectors');
      new HubClient({ url: process.env.HUB_URL, credential: process.env.HUB_API_KEY }).viewer()
        .then((v) => console.log(JSON.stringify({ unit: v.unitCode, categories: PUBLISH_CATEGORY_NAMES.length })));`;
    const plain = await run(process.execPath, ['-e', script], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HUB_URL: hub.url, HUB_API_KEY: key },
    });
    expect([plain.status, plain.stderr]).toEqual([0, '']);
    expect(JSON.parse(plain.stdout)).toEqual({ unit: MARKET, categories: 7 });
  });

  it('type-checks a TypeScript program against its declarations, library checks on', async () => {
    writeFileSync(
      join(dir, 'use.ts'),
      `import { HubClient, publishAll, type RecordOutcome } from '@hub/connectors';
       const hub = new HubClient({ url: 'http://127.0.0.1:3000', credential: 'hub_x' });
       export const pushed: Promise<RecordOutcome[]> = publishAll(hub, 'licensing', []);
       // @ts-expect-error: not a category
       publishAll(hub, 'licences', []);`,
    );
    const tsconfig = {
      compilerOptions: {
        strict: true,
        module: 'node16',
        moduleResolution: 'node16',
        target: 'ES2022',
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
      },
      files: ['use.ts'],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
    expect([tsc.status, tsc.stdout]).toEqual([0, '']);
  }, 60_000);

  it('runs the installed hub-connector: --version, and a push with town names stored as their codes', async () => {
    const bin = join(dir, 'node_modules/.bin/hub-connector');
    expect(existsSync(bin)).toBe(true);
    const env = { PATH: process.env.PATH ?? '', HUB_URL: hub.url, HUB_API_KEY: key };
    const version = await run(bin, ['--version'], { cwd: dir, env });
    expect([version.status, version.stdout.trim()]).toEqual([
      0,
      JSON.parse(readFileSync(join(ROOT, 'libs/connectors/package.json'), 'utf8')).version,
    ]);

    const csv = join(dir, 'licences.csv');
    const line = (n: number, town: string) =>
      `PKG-${n},行政许可,JY1350582PKG${n},晋江市安海顺昌食品商行${n},${uscc(70000 + n)},${FOOD_MATTER.code},${town},2025-01-01,有效,2025-01-01`;
    writeFileSync(
      csv,
      [
        '业务编号,许可类别,许可证号,持证人,统一社会信用代码,事项编码,所属镇街,有效期起,状态,决定日期',
        line(1, '青阳街道'),
        line(2, '安海镇'),
      ].join('\n'),
    );
    const push = await run(bin, ['push', 'licences.csv', '--category', 'licensing'], { cwd: dir, env });
    expect([push.status, push.stdout.split('\n')[0]]).toEqual([
      0,
      '本次 this run: 推送 pushed 2，拒收 rejected 0，跳过（此前已完成）skipped (already done) 0',
    ]);
    expect(existsSync(`${csv}.hub-push.json`)).toBe(true);
  }, 60_000);

  it('stores what the installed command pushed', async () => {
    const stored = await hub.sql(`SELECT source_id, township_code FROM licensing_decision WHERE source_id LIKE 'PKG-%' ORDER BY source_id`);
    expect(stored).toEqual([
      { source_id: 'PKG-1', township_code: '350582001' },
      { source_id: 'PKG-2', township_code: '350582101' },
    ]);
  });
});
