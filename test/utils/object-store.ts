import { createHash } from 'node:crypto';
import { testObjectStoreEnv } from './test-app';

/** The bucket the test apps keep evidence in (testObjectStoreEnv). */
export const TEST_BUCKET = 'hub-evidence-test';

/** The run's S3 store itself, reached around the hub (as someone with the store's keys could). */
export async function directStore() {
  const { Client } = await import('minio');
  const env = testObjectStoreEnv();
  const url = new URL(env.S3_ENDPOINT);
  return new Client({
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: false,
    accessKey: env.S3_ACCESS_KEY,
    secretKey: env.S3_SECRET_KEY,
    region: 'us-east-1',
    pathStyle: true,
  });
}

/** The bytes stored under `key` in the test bucket, read straight from the store (not through the hub). */
export async function storedBytes(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await (await directStore()).getObject(TEST_BUCKET, key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
