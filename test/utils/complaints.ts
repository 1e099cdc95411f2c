import type { ComplaintRecordInput } from '@hub/shared-schema';
import { FOOD_MATTER, QINGYANG, residentId, uscc } from './fixtures';
import type { Overrides, Wire } from './seed';
import type { GraphQLResponse, TestApp } from './test-app';

/** The fields of a complaint a test reads back. */
export const COMPLAINT_FIELDS = `id publisherCode status channel handlingUnitCode closedAt outcome outcomeNote penaltyId transferId duplicateOf
  reporterName reporterPhone reporterIdNumber masked version overdue repeats allowedActions
  steps { action fromState toState unitCode side note }
  deadlines { kind clause dueAt overdue overdueAt closedAt outcome rule { workingDays hours } }`;

const PUBLISH = `mutation($input: ComplaintRecordInput!) { publishComplaintRecord(input: $input) { outcome id version } }`;
const READ = `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`;

/** The mutation of each complaint action and the input type it takes. */
const ACTION_INPUT: Record<string, string> = {
  startComplaintCheck: 'ComplaintActionInput',
  redirectComplaint: 'RedirectComplaintInput',
  answerComplaint: 'AnswerComplaintInput',
  fileComplaint: 'FileComplaintInput',
  closeComplaint: 'FileComplaintInput',
  transferComplaint: 'TransferComplaintInput',
};

/** A report received by the credential's unit about party `n` (food matter, in Qingyang), with its reporter. */
export function complaintInput(n: number, receivedAt: Date, overrides: Overrides<ComplaintRecordInput> = {}): Wire<ComplaintRecordInput> {
  return {
    sourceId: `RX-${n}`,
    channel: 'REPORT',
    receivedAt: receivedAt.toISOString(),
    reporterName: '王小明',
    reporterPhone: '13905950099',
    reporterIdNumber: residentId(9),
    subjectName: `晋江市示例食品店${n}`,
    subjectUscc: uscc(n),
    matterCode: FOOD_MATTER.code,
    townshipCode: QINGYANG,
    summary: '该店超范围经营冷食类食品',
    status: 'RECEIVED',
    ...overrides,
  };
}

/** Complaint publication, reading and actions through GraphQL. */
export function complaintClient(hub: TestApp) {
  const act = (mutation: string, input: Record<string, unknown>, credential: string): Promise<GraphQLResponse<any>> =>
    hub.gql(
      `mutation($input: ${ACTION_INPUT[mutation]}!) { ${mutation}(input: $input) { ${COMPLAINT_FIELDS} } }`,
      { input },
      { credential },
    );
  return {
    act,
    publishResponse: (input: Record<string, unknown>, credential: string) => hub.gql(PUBLISH, { input }, { credential }),
    async publish(input: Record<string, unknown>, credential: string): Promise<string> {
      const response = await hub.gql(PUBLISH, { input }, { credential });
      if (response.errors?.length) throw new Error(`publishComplaintRecord refused: ${JSON.stringify(response.errors)}`);
      return response.data!.publishComplaintRecord.id as string;
    },
    async ok(mutation: string, input: Record<string, unknown>, credential: string): Promise<any> {
      const response = await act(mutation, input, credential);
      if (response.errors?.length) throw new Error(`${mutation} refused: ${JSON.stringify(response.errors)}`);
      return response.data![mutation];
    },
    async read(id: string, credential: string): Promise<any> {
      const response = await hub.gql(READ, { id }, { credential });
      if (response.errors?.length) throw new Error(`complaint refused: ${JSON.stringify(response.errors)}`);
      return response.data!.complaint;
    },
  };
}
