import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from '../utils/test-app';

const SCHEMA_FILE = join(__dirname, '../../libs/shared-schema/schema.graphql');

/**
 * The committed SDL is the API contract clients and reviewers read: it must equal what the code
 * generates. After an intended change run `npm run schema:update` and commit the file with the change.
 */
describe('committed GraphQL schema', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(() => hub.close());

  it('equals the schema the code generates', () => {
    const generated = `${printSchema(lexicographicSortSchema(hub.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(generated).toBe(committed);
  });
});
