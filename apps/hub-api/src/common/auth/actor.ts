import { ActorKind, ApiKeyScope, Role, UnitKind } from '@hub/shared-schema';

/** Who is calling, established once per request by the AuthGuard. */
export interface Actor {
  kind: typeof ActorKind.USER | typeof ActorKind.API_KEY;
  /** user id or API key id */
  id: string;
  /** user name or API key prefix: what the audit log shows */
  name: string;
  unitCode: string;
  unitKind: UnitKind;
  roles: Role[];
  scopes: ApiKeyScope[];
}

/** Turns a presented credential into an Actor; implemented by the auth module. */
export interface CredentialVerifier {
  verifyApiKey(key: string): Promise<Actor | null>;
  verifyAccessToken(token: string): Promise<Actor | null>;
}
export const CREDENTIAL_VERIFIER = Symbol('CREDENTIAL_VERIFIER');
