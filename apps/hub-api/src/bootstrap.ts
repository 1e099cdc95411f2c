import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { HubConfig } from './config/hub-config';
import { pinoOptions } from './config/logger-options';
import { UnitsService } from './modules/units/units.service';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Builds the hub application (not yet listening). main.ts and the e2e tests both start it this way,
 * so the tests exercise exactly what production runs. Signals are handled by main.ts, which also
 * stops the embedded database after the app has closed.
 */
export async function createHubApp(config: HubConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 2 * 1024 * 1024,
    logger: pinoOptions(config),
    // A caller's x-request-id is kept (so one id follows a call across systems), otherwise a new one.
    genReqId: (raw: IncomingMessage) => {
      const given = raw.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  if (config.database.runMigrations) {
    await app.get(DataSource).runMigrations({ transaction: 'each' });
    await app.get(UnitsService).seedReferenceUnits();
  }
  return app;
}
