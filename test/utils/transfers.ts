import { createHash } from 'node:crypto';
import type { CreateTransferInput } from '@hub/shared-schema';
import { QINGYANG, uscc } from './fixtures';
import type { Overrides, Wire } from './seed';
import type { GraphQLResponse, TestApp } from './test-app';

/** The fields of a transfer a test reads back. */
export const TRANSFER_FIELDS = `id state senderUnitCode receiverUnitCode originalReceiverUnitCode cityGovernmentUnitCode criminalReferral
  partyName partyUscc partyIdNumber contactPhone matterCode letterNo letterEvidenceId letterSha256 resultSummary resultPenaltyId
  allowedActions warnings { code message }
  steps { action fromState toState actorName unitCode side note roles }
  materials { kind evidence { id status sha256 fileName } }
  deadlines { kind clause startedAt dueAt remindAt remindedAt overdue overdueAt closedAt outcome rule { workingDays hours } }`;

export const CREATE_TRANSFER = `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
export const TRANSFER = `query($id: ID!) { transfer(id: $id) { ${TRANSFER_FIELDS} } }`;
const REQUEST_MATERIAL = `mutation($input: RequestTransferMaterialUploadInput!) { requestTransferMaterialUpload(input: $input) {
  uploadUrl evidence { id status } } }`;
const CONFIRM = `mutation($id: ID!) { confirmEvidenceUpload(id: $id) { id status } }`;

/** The mutation of each transfer action and the input type it takes. */
const ACTION_INPUT: Record<string, string> = {
  submitTransfer: 'TransferActionInput',
  approveTransfer: 'TransferActionInput',
  rejectTransfer: 'TransferActionInput',
  extendTransfer: 'ExtendTransferInput',
  sendTransfer: 'TransferActionInput',
  acceptTransfer: 'TransferActionInput',
  declineTransfer: 'TransferActionInput',
  escalateTransfer: 'TransferActionInput',
  assignTransfer: 'AssignTransferInput',
  reportTransferResult: 'ReportTransferResultInput',
  closeTransfer: 'TransferActionInput',
  withdrawTransfer: 'TransferActionInput',
};

/** A transfer from the market regulation bureau to Qingyang about party `n` (food matter), discovered an hour before `now`. */
export function transferInput(n: number, now: Date, overrides: Overrides<CreateTransferInput> = {}): Wire<CreateTransferInput> {
  return {
    townshipCode: QINGYANG,
    partyName: `晋江市示例食品店${n}`,
    partyUscc: uscc(n),
    matterCode: 'SCJG-001',
    situation: 'LICENSED_OUTSIDE_LICENCE',
    discoveredAt: new Date(now.getTime() - 3_600_000).toISOString(),
    urgent: false,
    facts: '超出食品经营许可范围经营冷食类食品',
    violationStopped: true,
    evidenceSecured: true,
    contactName: '王五',
    contactPhone: '13800001234',
    senderDivision: '食品经营监督管理科',
    criminalReferral: false,
    ...overrides,
  };
}

/** What an upload declares of a file: its size and SHA-256 (the bytes are `text`). */
export function fileDeclaration(text: string): { bytes: Buffer; size: number; sha256: string } {
  const bytes = Buffer.from(text);
  return { bytes, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The second half of the evidence flow: PUT the bytes to the upload URL, then confirm; fails the test when either is refused. */
export async function putAndConfirm(hub: TestApp, uploadUrl: string, evidenceId: string, bytes: Buffer, credential: string): Promise<void> {
  const put = await fetch(uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/pdf' } });
  if (put.status !== 200) throw new Error(`upload failed with ${put.status}`);
  const confirmed = await hub.gql(CONFIRM, { id: evidenceId }, { credential });
  if (confirmed.errors?.length) throw new Error(`confirmEvidenceUpload refused: ${JSON.stringify(confirmed.errors)}`);
}

/** Transfer actions through GraphQL, and what a refused one must leave untouched. */
export function transferClient(hub: TestApp) {
  const act = (mutation: string, input: Record<string, unknown>, credential: string): Promise<GraphQLResponse<any>> =>
    hub.gql(
      `mutation($input: ${ACTION_INPUT[mutation]}!) { ${mutation}(input: $input) { ${TRANSFER_FIELDS} } }`,
      { input },
      { credential },
    );

  const materialRequest = (id: string, kind: string, credential: string, text: string): Promise<GraphQLResponse<any>> => {
    const { size, sha256 } = fileDeclaration(text);
    const input = { transferId: id, kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', size, sha256 };
    return hub.gql(REQUEST_MATERIAL, { input }, { credential });
  };

  return {
    act,
    /** Performs the action and fails the test with the hub's answer when it is refused. */
    async ok(mutation: string, input: Record<string, unknown>, credential: string): Promise<any> {
      const response = await act(mutation, input, credential);
      if (response.errors?.length) throw new Error(`${mutation} refused: ${JSON.stringify(response.errors)}`);
      return response.data![mutation];
    },
    async create(input: Wire<CreateTransferInput>, credential: string): Promise<any> {
      const response = await hub.gql(CREATE_TRANSFER, { input }, { credential });
      if (response.errors?.length) throw new Error(`createTransfer refused: ${JSON.stringify(response.errors)}`);
      return response.data!.createTransfer;
    },
    async read(id: string, credential: string): Promise<any> {
      const response = await hub.gql(TRANSFER, { id }, { credential });
      if (response.errors?.length) throw new Error(`transfer refused: ${JSON.stringify(response.errors)}`);
      return response.data!.transfer;
    },
    /** Asks for a material's upload URL; answers the hub's response as it is. */
    attachResponse: (id: string, kind: string, credential: string, text = `${kind} of ${id}`) =>
      materialRequest(id, kind, credential, text),
    /** Uploads a material of `kind` (request, PUT, confirm); answers its evidence id. */
    async attach(id: string, kind: string, credential: string, text = `${kind} of ${id}`): Promise<string> {
      const requested = await materialRequest(id, kind, credential, text);
      if (requested.errors?.length) throw new Error(`requestTransferMaterialUpload refused: ${JSON.stringify(requested.errors)}`);
      const { uploadUrl, evidence } = requested.data!.requestTransferMaterialUpload;
      await putAndConfirm(hub, uploadUrl, evidence.id, fileDeclaration(text).bytes, credential);
      return evidence.id as string;
    },
    /** What an action writes on a transfer: its state, steps, transition audit rows and events. */
    async footprint(id: string) {
      const [state] = await hub.sql(`SELECT state FROM case_transfer WHERE id = $1`, [id]);
      const [steps] = await hub.sql(`SELECT count(*)::int AS n FROM lifecycle_step WHERE item_id = $1`, [id]);
      const [audits] = await hub.sql(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'transfer.transition' AND target = $1`, [
        id,
      ]);
      const [events] = await hub.sql(`SELECT count(*)::int AS n FROM change_event WHERE subject = $1`, [id]);
      const [deadlines] = await hub.sql(`SELECT count(*)::int AS n, count(closed_at)::int AS closed FROM deadline WHERE item_id = $1`, [
        id,
      ]);
      return { state: state?.state, steps: steps.n, audits: audits.n, events: events.n, deadlines: `${deadlines.n}/${deadlines.closed}` };
    },
  };
}
