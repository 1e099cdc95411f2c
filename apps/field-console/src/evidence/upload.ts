import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { ERROR_TITLES, HubError, request } from '../api/client';
import { RequestEvidenceUploadDocument } from '../api/assistance-documents';
import { ConfirmEvidenceUploadDocument, RequestTransferMaterialUploadDocument } from '../api/documents';
import type { TransferMaterialKind } from '../gql/graphql';

/** Bytes done of a total, for a progress bar. */
export type Progress = (done: number, total: number) => void;

/** Read a megabyte at a time: a 12-megapixel photo never sits in memory twice. */
const HASH_CHUNK = 1 << 20;

/**
 * SHA-256 of a file in the browser, as 64 hex digits: what the hub checks the stored bytes against on
 * confirmation. @noble/hashes rather than crypto.subtle: subtle exists only in a secure context (https
 * or localhost) and hashes in one piece, while a phone on the town's network may open the hub over
 * plain http, and a photo is hashed here chunk by chunk with progress.
 */
export async function sha256Hex(file: Blob, onProgress?: Progress): Promise<string> {
  const hash = sha256.create();
  for (let offset = 0; offset < file.size; offset += HASH_CHUNK) {
    const end = Math.min(offset + HASH_CHUNK, file.size);
    hash.update(new Uint8Array(await file.slice(offset, end).arrayBuffer()));
    onProgress?.(end, file.size);
  }
  return bytesToHex(hash.digest());
}

/** What putWithProgress needs of an XMLHttpRequest (fetch reports no upload progress). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob): void;
  readonly status: number;
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
}

/**
 * The browser's XMLHttpRequest as an UploadRequest: it is one, except that its progress handler is typed
 * for the whole ProgressEvent, of which putWithProgress reads only loaded, total and lengthComputable.
 */
const browserRequest = (): UploadRequest => new XMLHttpRequest() as unknown as UploadRequest;

/** A failed PUT to the object store, in the console's words (the store's own answer in hubMessage). */
function uploadFailed(detail: string): HubError {
  return new HubError('UPLOAD_FAILED', ERROR_TITLES.UPLOAD_FAILED, detail, null);
}

/**
 * PUT the exact bytes to the URL the hub presigned, reporting progress as the browser sends them.
 * Resolves on a 2xx; anything else (the store refused the signature, the URL expired, the network
 * dropped) rejects with UPLOAD_FAILED.
 */
export function putWithProgress(
  url: string,
  file: Blob,
  contentType: string,
  onProgress: Progress,
  newRequest: () => UploadRequest = browserRequest,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = newRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', contentType);
    xhr.upload.onprogress = (event) =>
      onProgress(event.lengthComputable ? event.loaded : 0, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(file.size, file.size);
        resolve();
      } else reject(uploadFailed(`HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(uploadFailed('网络中断'));
    xhr.send(file);
  });
}

/** Where one file's upload stands: the phase and, while hashing or sending, the share done (0–1). */
export type UploadPhase = 'HASHING' | 'UPLOADING' | 'CONFIRMING' | 'DONE';
export const UPLOAD_PHASE_NAMES: Record<UploadPhase, string> = {
  HASHING: '计算校验值',
  UPLOADING: '正在上传',
  CONFIRMING: '正在核验',
  DONE: '已上传',
};

export interface UploadDependencies {
  graphql: typeof request;
  newRequest?: () => UploadRequest;
}

/** How the hub is told of a file before its bytes are sent: the presigned URL and the evidence id. */
type Declare = (file: File, sha256: string) => Promise<{ uploadUrl: string; evidence: { id: string } }>;

/**
 * One file through the evidence flow — hash it here, declare it to the hub (with size and SHA-256), PUT
 * the bytes straight to the object store, and confirm (the hub reads the stored bytes back and checks
 * both). Answers the evidence id.
 */
async function uploadEvidence(
  token: string,
  file: File,
  declare: Declare,
  onStep: (phase: UploadPhase, share: number) => void,
  deps: UploadDependencies,
): Promise<string> {
  // The hub keeps only allow-listed types; a file the browser cannot name is refused here, not guessed.
  if (!file.type) throw new HubError('BAD_USER_INPUT', ERROR_TITLES.BAD_USER_INPUT, `无法识别「${file.name}」的文件类型`, null);
  onStep('HASHING', 0);
  const digest = await sha256Hex(file, (done, total) => onStep('HASHING', total ? done / total : 1));
  const upload = await declare(file, digest);
  onStep('UPLOADING', 0);
  await putWithProgress(upload.uploadUrl, file, file.type, (done, total) => onStep('UPLOADING', total ? done / total : 1), deps.newRequest);
  onStep('CONFIRMING', 1);
  await deps.graphql(ConfirmEvidenceUploadDocument, { id: upload.evidence.id }, { token });
  onStep('DONE', 1);
  return upload.evidence.id;
}

/** 上传移送材料 (§4(3)4): one file of a draft transfer (requestTransferMaterialUpload). */
export function uploadTransferMaterial(
  input: { token: string; transferId: string; file: File; kind: TransferMaterialKind },
  onStep: (phase: UploadPhase, share: number) => void,
  deps: UploadDependencies = { graphql: request },
): Promise<string> {
  const { token, transferId, kind } = input;
  const declare: Declare = async (file, sha256) =>
    (
      await deps.graphql(
        RequestTransferMaterialUploadDocument,
        { input: { transferId, kind, fileName: file.name, contentType: file.type, size: file.size, sha256 } },
        { token },
      )
    ).requestTransferMaterialUpload;
  return uploadEvidence(token, input.file, declare, onStep, deps);
}

/**
 * 协助资料 (§5(1)): one document the requested unit provides for an assistance request, kept as the
 * request's evidence (seen by the two units only); 提供资料 then names it.
 */
export function uploadAssistanceDocument(
  input: { token: string; requestId: string; file: File },
  onStep: (phase: UploadPhase, share: number) => void,
  deps: UploadDependencies = { graphql: request },
): Promise<string> {
  const { token, requestId } = input;
  const declare: Declare = async (file, sha256) =>
    (
      await deps.graphql(
        RequestEvidenceUploadDocument,
        {
          input: { ownerCategory: 'ASSISTANCE', ownerId: requestId, fileName: file.name, contentType: file.type, size: file.size, sha256 },
        },
        { token },
      )
    ).requestEvidenceUpload;
  return uploadEvidence(token, input.file, declare, onStep, deps);
}
