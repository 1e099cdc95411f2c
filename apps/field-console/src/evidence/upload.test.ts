import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HubError, type request } from '../api/client';
import {
  putWithProgress,
  sha256Hex,
  type UploadPhase,
  type UploadRequest,
  uploadAssistanceDocument,
  uploadTransferMaterial,
} from './upload';

/** An XMLHttpRequest stand-in: records what was sent; the test drives its progress and its answer. */
class FakeUpload implements UploadRequest {
  status = 0;
  opened: [string, string] | null = null;
  headers: Record<string, string> = {};
  sent: Blob | null = null;
  upload: UploadRequest['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(method: string, url: string) {
    this.opened = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.sent = body;
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  answer(status: number) {
    this.status = status;
    this.onload?.();
  }
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256);

describe('the evidence upload', () => {
  it('hashes as SHA-256 does: the standard vector, and a file of several chunks read piece by piece', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Blob([]))).toBe(createHash('sha256').digest('hex'));
    const photo = bytes(2.5 * 1024 * 1024);
    const seen: number[] = [];
    const digest = await sha256Hex(new Blob([photo]), (done, total) => {
      expect(total).toBe(photo.length);
      seen.push(done);
    });
    expect(digest).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(seen).toEqual([1 << 20, 2 << 20, photo.length]);
  });

  it('PUTs the bytes with their content type, passes on the progress, and resolves on 200', async () => {
    const xhr = new FakeUpload();
    const file = new Blob([bytes(1000)], { type: 'image/jpeg' });
    const progress: [number, number][] = [];
    const done = putWithProgress(
      'http://store/evidence/k?X-Amz-Signature=s',
      file,
      'image/jpeg',
      (d, t) => progress.push([d, t]),
      () => xhr,
    );
    expect(xhr.opened).toEqual(['PUT', 'http://store/evidence/k?X-Amz-Signature=s']);
    expect(xhr.headers).toEqual({ 'content-type': 'image/jpeg' });
    expect(xhr.sent).toBe(file);
    xhr.progress(400, 1000);
    xhr.progress(1000, 1000);
    xhr.answer(200);
    await expect(done).resolves.toBeUndefined();
    expect(progress).toEqual([
      [400, 1000],
      [1000, 1000],
      [1000, 1000],
    ]);
  });

  it("rejects with UPLOAD_FAILED on the store's refusal and on a dropped connection", async () => {
    const refused = new FakeUpload();
    const failing = putWithProgress(
      'u',
      new Blob(['x']),
      'image/jpeg',
      () => undefined,
      () => refused,
    );
    refused.answer(403);
    await expect(failing).rejects.toMatchObject({ code: 'UPLOAD_FAILED', title: '文件上传失败', hubMessage: 'HTTP 403' });

    const dropped = new FakeUpload();
    const cut = putWithProgress(
      'u',
      new Blob(['x']),
      'image/jpeg',
      () => undefined,
      () => dropped,
    );
    dropped.onerror?.();
    await expect(cut).rejects.toBeInstanceOf(HubError);
  });

  it('declares the file with its size and hash, PUTs it to the URL the hub gave, then confirms; phases in order', async () => {
    const photo = new File([bytes(3000)], '现场照片1.jpg', { type: 'image/jpeg' });
    const calls: { operation: string; variables: unknown; token: string | null | undefined }[] = [];
    const xhr = new FakeUpload();
    const graphql = ((document: { toString(): string }, variables: unknown, options: { token?: string | null }) => {
      const operation = /(?:mutation|query) (\w+)/.exec(document.toString())![1];
      calls.push({ operation, variables, token: options.token });
      if (operation === 'ConsoleRequestTransferMaterialUpload') {
        // The PUT starts once the URL is known: answer it on the next turn.
        setTimeout(() => {
          xhr.progress(3000, 3000);
          xhr.answer(200);
        });
        return Promise.resolve({ requestTransferMaterialUpload: { uploadUrl: 'http://store/put-here', evidence: { id: 'ev-1' } } });
      }
      return Promise.resolve({ confirmEvidenceUpload: { id: 'ev-1', status: 'CONFIRMED' } });
    }) as unknown as typeof request;
    const phases: UploadPhase[] = [];
    const id = await uploadTransferMaterial(
      { token: 't', transferId: 'tr-1', file: photo, kind: 'SOURCE' },
      (phase) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
      { graphql, newRequest: () => xhr },
    );
    expect(id).toBe('ev-1');
    expect(phases).toEqual(['HASHING', 'UPLOADING', 'CONFIRMING', 'DONE']);
    expect(calls.map((c) => c.operation)).toEqual(['ConsoleRequestTransferMaterialUpload', 'ConsoleConfirmEvidenceUpload']);
    expect(calls[0].variables).toEqual({
      input: {
        transferId: 'tr-1',
        kind: 'SOURCE',
        fileName: '现场照片1.jpg',
        contentType: 'image/jpeg',
        size: 3000,
        sha256: createHash('sha256').update(bytes(3000)).digest('hex'),
      },
    });
    expect(calls[1].variables).toEqual({ id: 'ev-1' });
    expect(calls.every((c) => c.token === 't')).toBe(true);
    expect(xhr.opened).toEqual(['PUT', 'http://store/put-here']);
  });

  it('refuses a file the browser gives no type, before declaring anything', async () => {
    const calls: unknown[] = [];
    const graphql = ((...args: unknown[]) => {
      calls.push(args);
      return Promise.reject(new Error('not called'));
    }) as unknown as typeof request;
    await expect(
      uploadTransferMaterial({ token: 't', transferId: 'tr-1', file: new File(['x'], '笔录'), kind: 'SOURCE' }, () => undefined, {
        graphql,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(calls).toEqual([]);
  });

  it('declares an assistance document as the request’s evidence (§5(1)), then PUTs and confirms it', async () => {
    const pdf = new File([bytes(500)], '许可档案.pdf', { type: 'application/pdf' });
    const calls: { operation: string; variables: unknown }[] = [];
    const xhr = new FakeUpload();
    const graphql = ((document: { toString(): string }, variables: unknown) => {
      const operation = /(?:mutation|query) (\w+)/.exec(document.toString())![1];
      calls.push({ operation, variables });
      if (operation === 'ConsoleRequestEvidenceUpload') {
        setTimeout(() => xhr.answer(200));
        return Promise.resolve({ requestEvidenceUpload: { uploadUrl: 'http://store/doc', evidence: { id: 'ev-2' } } });
      }
      return Promise.resolve({ confirmEvidenceUpload: { id: 'ev-2', status: 'CONFIRMED' } });
    }) as unknown as typeof request;
    const id = await uploadAssistanceDocument({ token: 't', requestId: 'as-1', file: pdf }, () => undefined, {
      graphql,
      newRequest: () => xhr,
    });
    expect(id).toBe('ev-2');
    expect(calls.map((c) => c.operation)).toEqual(['ConsoleRequestEvidenceUpload', 'ConsoleConfirmEvidenceUpload']);
    expect(calls[0].variables).toEqual({
      input: {
        ownerCategory: 'ASSISTANCE',
        ownerId: 'as-1',
        fileName: '许可档案.pdf',
        contentType: 'application/pdf',
        size: 500,
        sha256: createHash('sha256').update(bytes(500)).digest('hex'),
      },
    });
    expect(xhr.opened).toEqual(['PUT', 'http://store/doc']);
  });
});
