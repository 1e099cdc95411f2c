import { Client } from 'minio';
import { SignedRequest, SigV4Verifier } from './sigv4-verifier';

// The worked examples of the S3 documentation ("Signature Calculations for the Authorization Header"
// and "Query String Authentication"), signed with AWS's example key on 24 May 2013.
const AWS_EXAMPLE = { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const SIGNED_AT = Date.UTC(2013, 4, 24, 0, 0, 0);
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const getObject = (
  signature = 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
  overrides: Partial<SignedRequest['headers']> = {},
): SignedRequest => ({
  method: 'GET',
  url: '/test.txt',
  headers: {
    host: 'examplebucket.s3.amazonaws.com',
    range: 'bytes=0-9',
    'x-amz-content-sha256': EMPTY_SHA256,
    'x-amz-date': '20130524T000000Z',
    authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=${signature}`,
    ...overrides,
  },
});

const PUT_OBJECT: SignedRequest = {
  method: 'PUT',
  url: '/test%24file.text',
  headers: {
    host: 'examplebucket.s3.amazonaws.com',
    date: 'Fri, 24 May 2013 00:00:00 GMT',
    'x-amz-date': '20130524T000000Z',
    'x-amz-storage-class': 'REDUCED_REDUNDANCY',
    'x-amz-content-sha256': '44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072',
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd',
  },
};

const PRESIGNED_QUERY =
  'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host';
const PRESIGNED_SIGNATURE = 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
const presigned = (query: string): SignedRequest => ({
  method: 'GET',
  url: `/test.txt?${query}`,
  headers: { host: 'examplebucket.s3.amazonaws.com' },
});

describe('SigV4Verifier', () => {
  const at = (ms: number) => new SigV4Verifier(AWS_EXAMPLE, () => ms);

  it('accepts the documented header-signed GET and PUT within 15 minutes of their date', async () => {
    await expect(at(SIGNED_AT).verify(getObject())).resolves.toEqual({ ok: true });
    await expect(at(SIGNED_AT + 14 * 60_000).verify(PUT_OBJECT)).resolves.toEqual({ ok: true });
  });

  it('refuses a header-signed request with a changed signature, header, method or path', async () => {
    const verifier = at(SIGNED_AT);
    await expect(verifier.verify(getObject('0'.repeat(64)))).resolves.toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    await expect(verifier.verify(getObject(undefined, { range: 'bytes=0-99' }))).resolves.toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    await expect(verifier.verify({ ...getObject(), method: 'DELETE' })).resolves.toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    await expect(verifier.verify({ ...getObject(), url: '/other.txt' })).resolves.toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    await expect(verifier.verify({ ...PUT_OBJECT, url: '/test%24file.text?acl' })).resolves.toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('refuses a header-signed request outside the 15-minute window, or without its date or payload hash', async () => {
    await expect(at(SIGNED_AT + 16 * 60_000).verify(getObject())).resolves.toMatchObject({ ok: false, code: 'RequestTimeTooSkewed' });
    await expect(at(SIGNED_AT - 16 * 60_000).verify(getObject())).resolves.toMatchObject({ ok: false, code: 'RequestTimeTooSkewed' });
    await expect(at(SIGNED_AT).verify(getObject(undefined, { 'x-amz-date': undefined }))).resolves.toMatchObject({
      ok: false,
      code: 'AccessDenied',
    });
    await expect(at(SIGNED_AT).verify(getObject(undefined, { 'x-amz-content-sha256': undefined }))).resolves.toMatchObject({
      ok: false,
      code: 'AccessDenied',
    });
  });

  it('refuses another access key, even with the right secret', async () => {
    const verifier = new SigV4Verifier({ ...AWS_EXAMPLE, accessKey: 'AKIAOTHER' }, () => SIGNED_AT);
    await expect(verifier.verify(getObject())).resolves.toMatchObject({ ok: false, code: 'InvalidAccessKeyId' });
  });

  it('refuses the right key with another secret', async () => {
    const verifier = new SigV4Verifier({ ...AWS_EXAMPLE, secretKey: 'not-the-secret' }, () => SIGNED_AT);
    await expect(verifier.verify(getObject())).resolves.toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  it('accepts the documented presigned URL until X-Amz-Expires has passed, and not after', async () => {
    const url = presigned(`${PRESIGNED_QUERY}&X-Amz-Signature=${PRESIGNED_SIGNATURE}`);
    await expect(at(SIGNED_AT).verify(url)).resolves.toEqual({ ok: true });
    await expect(at(SIGNED_AT + 86_400_000).verify(url)).resolves.toEqual({ ok: true });
    await expect(at(SIGNED_AT + 86_400_001).verify(url)).resolves.toMatchObject({
      ok: false,
      code: 'AccessDenied',
      message: 'the presigned URL has expired',
    });
    await expect(at(SIGNED_AT - 16 * 60_000).verify(url)).resolves.toMatchObject({ ok: false, code: 'AccessDenied' });
  });

  it('refuses a presigned URL with a forged signature, a lengthened expiry or a changed path', async () => {
    const verifier = at(SIGNED_AT);
    await expect(verifier.verify(presigned(`${PRESIGNED_QUERY}&X-Amz-Signature=${'a'.repeat(64)}`))).resolves.toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
    await expect(
      verifier.verify(presigned(`${PRESIGNED_QUERY.replace('86400', '604800')}&X-Amz-Signature=${PRESIGNED_SIGNATURE}`)),
    ).resolves.toMatchObject({ code: 'SignatureDoesNotMatch' });
    const moved = {
      ...presigned(`${PRESIGNED_QUERY}&X-Amz-Signature=${PRESIGNED_SIGNATURE}`),
      url: `/secret.txt?${PRESIGNED_QUERY}&X-Amz-Signature=${PRESIGNED_SIGNATURE}`,
    };
    await expect(verifier.verify(moved)).resolves.toMatchObject({ code: 'SignatureDoesNotMatch' });
    await expect(
      verifier.verify(presigned(`${PRESIGNED_QUERY}&X-Amz-Signature=${PRESIGNED_SIGNATURE}&response-content-type=text/html`)),
    ).resolves.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('refuses unsigned requests, signature version 2 and malformed signing parameters', async () => {
    const verifier = at(SIGNED_AT);
    for (const url of [
      '/',
      '/test.txt',
      '/test.txt?Signature=abc&AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=9999999999',
      `/test.txt?${PRESIGNED_QUERY}`,
      `/test.txt?${PRESIGNED_QUERY.replace('86400', '0')}&X-Amz-Signature=${PRESIGNED_SIGNATURE}`,
      '/test.txt?X-Amz-Signature=%E0%A4%A',
    ]) {
      await expect(verifier.verify({ method: 'GET', url, headers: { host: 'examplebucket.s3.amazonaws.com' } })).resolves.toMatchObject({
        ok: false,
        code: 'AccessDenied',
      });
    }
    await expect(
      verifier.verify(getObject(undefined, { authorization: 'AWS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=' })),
    ).resolves.toMatchObject({ ok: false, code: 'AccessDenied' });
  });

  it('accepts what the minio client signs: a presigned PUT and a presigned GET with response headers', async () => {
    const credentials = { accessKey: 'hub-test-key', secretKey: 'hub-test-secret-0123456789' };
    const client = new Client({ endPoint: '127.0.0.1', port: 9, useSSL: false, ...credentials, region: 'us-east-1', pathStyle: true });
    const verifier = new SigV4Verifier(credentials);
    const toRequest = (method: string, url: string): SignedRequest => {
      const parsed = new URL(url);
      return { method, url: parsed.pathname + parsed.search, headers: { host: parsed.host } };
    };
    const put = await client.presignedPutObject('hub-evidence', 'evidence/licensing/1/现场 照片.jpg.upload', 60);
    await expect(verifier.verify(toRequest('PUT', put))).resolves.toEqual({ ok: true });
    await expect(verifier.verify(toRequest('DELETE', put))).resolves.toMatchObject({ code: 'SignatureDoesNotMatch' });
    const get = await client.presignedGetObject('hub-evidence', 'evidence/x.jpg', 60, {
      'response-content-disposition': "attachment; filename*=UTF-8''%E7%85%A7.jpg",
      'response-content-type': 'image/jpeg',
    });
    await expect(verifier.verify(toRequest('GET', get))).resolves.toEqual({ ok: true });
    await expect(verifier.verify(toRequest('GET', get.replace('image%2Fjpeg', 'text%2Fhtml')))).resolves.toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});
