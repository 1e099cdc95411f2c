import { ApiKeyScope, Role } from '@hub/shared-schema';
import type { ComplaintRecordInput, DevolvedMatterInput, LicensingDecisionInput, PenaltyDecisionInput } from '@hub/shared-schema';
import { FOOD_MATTER, licence, penalty, PUBLISH_LICENCES } from './fixtures';
import type { GraphQLResponse, TestApp } from './test-app';

/** A value as a test writes it over the wire: an enum as its string value, a date-time as ISO text, lists element by element. */
type WireValue<V> = V extends string ? `${V}` : V extends Date ? string : V extends readonly (infer E)[] ? WireValue<E>[] : V;

/** An input class as a test writes it (`{ status: 'VALID' }` rather than `LicenceStatus.VALID`). */
export type Wire<T> = { [K in keyof T]: WireValue<T[K]> };

/** An input as sent, the fields `D` left out (they have a default in the schema). */
export type Sent<T, D extends keyof T = never> = Wire<Omit<T, D>> & Partial<Wire<Pick<T, D>>>;

/** Overrides of an input's fields, checked against the input type the schema declares. */
export type Overrides<T> = Partial<Wire<T>>;

/** What a factory needs of the hub: a GraphQL call, and accounts and keys for the credentials it is given. */
type Hub = Pick<TestApp, 'gql' | 'userToken' | 'apiKey'>;

/** One result row of a publish batch. */
export interface PublishResult {
  index: number;
  sourceId: string;
  outcome: string;
  id: string | null;
  version: number | null;
  error: { code: string; field: string | null; message: string } | null;
}

const SAVE_MATTER = 'mutation($input: DevolvedMatterInput!) { saveDevolvedMatter(input: $input) { code } }';
const PUBLISH_COMPLAINT = 'mutation($input: ComplaintRecordInput!) { publishComplaintRecord(input: $input) { id } }';
const PUBLISH_PENALTY = 'mutation($input: PenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }';

/** The data of a setup call, failing the test with the whole answer when the hub refused it. */
function dataOf<T>(what: string, response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`${what} failed: ${JSON.stringify(response.errors ?? response.data)}`);
  return response.data;
}

/**
 * Test data through the public API, each call with the credential it is given (the hub checks it as it
 * checks any client's). A factory fails the test when the hub refuses the setup, so a test never runs on
 * data it does not have. Tests that assert on these mutations' answers keep their own documents.
 */
export const seed = {
  /** An admin of the joint-meeting office, which keeps the catalog of devolved matters. */
  admin: (hub: Hub): Promise<string> => hub.userToken([Role.ADMIN], 'joint-meeting-office'),

  /** An account with `roles` in `unitCode`, logged in over HTTP; answers its token. */
  user: (hub: Hub, roles: Role[], unitCode: string): Promise<string> => hub.userToken(roles, unitCode),

  /** An API key of `unitCode` with `scopes`; answers its secret. */
  apiKey: (hub: Hub, unitCode: string, scopes: ApiKeyScope[]): Promise<string> => hub.apiKey(unitCode, scopes),

  /** Saves a devolved matter (FOOD_MATTER, devolved to Qingyang and Anhai, unless overridden); answers its code. */
  async matter(hub: Hub, credential: string, overrides: Overrides<DevolvedMatterInput> = {}): Promise<string> {
    const saved = await hub.gql(SAVE_MATTER, { input: { ...FOOD_MATTER, ...overrides } }, { credential });
    return dataOf('saveDevolvedMatter', saved).saveDevolvedMatter.code as string;
  },

  /** The usual start: an admin saves FOOD_MATTER. Answers the admin's token for what else the test needs. */
  async foodMatter(hub: Hub): Promise<string> {
    const admin = await seed.admin(hub);
    await seed.matter(hub, admin);
    return admin;
  },

  /** Publishes licensing decisions in one batch; answers the results, failing when any was not accepted. */
  async licences(hub: Hub, credential: string, records: Wire<LicensingDecisionInput>[]): Promise<PublishResult[]> {
    const { publishLicensingDecisions: batch } = dataOf(
      'publishLicensingDecisions',
      await hub.gql(PUBLISH_LICENCES, { records }, { credential }),
    );
    if (batch.rejected) throw new Error(`publishLicensingDecisions rejected: ${JSON.stringify(batch.results)}`);
    return batch.results as PublishResult[];
  },

  /** Publishes the licence of holder `n` (see `licence` in fixtures); answers its id. */
  async licence(hub: Hub, credential: string, n: number, overrides: Overrides<LicensingDecisionInput> = {}): Promise<string> {
    const [result] = await seed.licences(hub, credential, [licence(n, overrides)]);
    return result.id!;
  },

  /** Publishes the penalty decision against holder `n` (see `penalty` in fixtures); answers its id. */
  async penalty(hub: Hub, credential: string, n: number, overrides: Overrides<PenaltyDecisionInput> = {}): Promise<string> {
    const published = await hub.gql(PUBLISH_PENALTY, { input: penalty(n, overrides) }, { credential });
    return dataOf('publishPenaltyDecision', published).publishPenaltyDecision.id as string;
  },

  /** Publishes a report or complaint the credential's unit received (§4(1)6); answers its id. */
  async complaint(hub: Hub, credential: string, input: Wire<ComplaintRecordInput>): Promise<string> {
    const published = await hub.gql(PUBLISH_COMPLAINT, { input }, { credential });
    return dataOf('publishComplaintRecord', published).publishComplaintRecord.id as string;
  },
};
