import type { GraphQLResponse, TestApp } from './test-app';
import { fileDeclaration, putAndConfirm } from './transfers';

/** The fields of an assistance request a test reads back. */
export const ASSISTANCE_FIELDS = `id kind state requestingUnitCode requestedUnitCode subject urgent evidenceAtRisk onSitePerson onSiteAt
  expectedOn opinion refusalGround { code name } refusalExplanation allowedActions nextDueAt overdue
  steps { action fromState toState unitCode side note }
  deadlines { kind clause startedAt dueAt overdue closedAt outcome rule { workingDays hours } }
  ledgerKind period actionAt place dispatchedOfficers dispatchedAt penaltyId courtRuling documents { id status fileName uploaderUnitCode }
  ledgerEntries { id publisherCode sourceId entryKind period indicator value requestedByCode }`;

/** The mutation of each assistance action and the input type it takes. */
const ACTION_INPUT: Record<string, string> = {
  createAssistanceRequest: 'CreateAssistanceRequestInput',
  recordAssistanceOnSite: 'RecordOnSiteInput',
  extendAssistanceRequest: 'ExtendAssistanceInput',
  answerAssistanceRequest: 'AnswerAssistanceInput',
  provideAssistanceDocuments: 'AssistanceActionInput',
  refuseAssistanceRequest: 'RefuseAssistanceInput',
  supplyAssistanceLedger: 'SupplyLedgerInput',
  acceptAssistanceRequest: 'AssistanceActionInput',
  recordAssistanceDispatch: 'RecordDispatchInput',
  answerCourtEnforcement: 'CourtAnswerInput',
  closeAssistanceRequest: 'AssistanceActionInput',
  withdrawAssistanceRequest: 'AssistanceActionInput',
};

const REQUEST_UPLOAD = `mutation($input: RequestEvidenceUploadInput!) { requestEvidenceUpload(input: $input) { uploadUrl evidence { id } } }`;

/** Assistance requests through GraphQL, and what a refused action must leave untouched. */
export function assistanceClient(hub: TestApp) {
  const act = (mutation: string, input: Record<string, unknown>, credential: string): Promise<GraphQLResponse<any>> =>
    hub.gql(
      `mutation($input: ${ACTION_INPUT[mutation]}!) { ${mutation}(input: $input) { ${ASSISTANCE_FIELDS} } }`,
      { input },
      { credential },
    );

  return {
    act,
    /** Performs the action and fails the test with the hub's answer when it is refused. */
    async ok(mutation: string, input: Record<string, unknown>, credential: string): Promise<any> {
      const response = await act(mutation, input, credential);
      if (response.errors?.length) throw new Error(`${mutation} refused: ${JSON.stringify(response.errors)}`);
      return response.data![mutation];
    },
    read: (id: string, credential: string): Promise<GraphQLResponse<any>> =>
      hub.gql(`query($id: ID!) { assistanceRequest(id: $id) { ${ASSISTANCE_FIELDS} } }`, { id }, { credential }),
    /** Uploads a document of the request (request, PUT, confirm) as `credential`'s unit; answers its evidence id. */
    async upload(id: string, credential: string, text: string, fileName = '资料.pdf'): Promise<string> {
      const { bytes, size, sha256 } = fileDeclaration(text);
      const input = { ownerCategory: 'ASSISTANCE', ownerId: id, fileName, contentType: 'application/pdf', size, sha256 };
      const requested = await hub.gql(REQUEST_UPLOAD, { input }, { credential });
      if (requested.errors?.length) throw new Error(`requestEvidenceUpload refused: ${JSON.stringify(requested.errors)}`);
      const { uploadUrl, evidence } = requested.data!.requestEvidenceUpload;
      await putAndConfirm(hub, uploadUrl, evidence.id, bytes, credential);
      return evidence.id as string;
    },
    /** What an action writes on a request: its row, steps, transition audit rows, events and deadline changes. */
    async footprint(id: string) {
      const [row] = await hub.sql(
        `SELECT state, refusal_ground_code, refusal_explanation, expected_on::text, opinion, on_site_person FROM assistance_request WHERE id = $1`,
        [id],
      );
      const [steps] = await hub.sql(`SELECT count(*)::int AS n FROM lifecycle_step WHERE item_id = $1`, [id]);
      const [audits] = await hub.sql(
        `SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'assistance.transition' AND target = $1`,
        [id],
      );
      const [events] = await hub.sql(`SELECT count(*)::int AS n FROM change_event WHERE subject = $1`, [id]);
      const [deadlines] = await hub.sql(
        `SELECT string_agg(due_at::text || '/' || coalesce(outcome, '-'), ',') AS d,
                (SELECT count(*)::int FROM deadline_change c JOIN deadline x ON x.id = c.deadline_id WHERE x.item_id = $1) AS moves
           FROM deadline WHERE item_id = $1`,
        [id],
      );
      return { row, steps: steps.n, audits: audits.n, events: events.n, deadlines };
    },
  };
}
