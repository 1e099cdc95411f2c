import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ActorKind, ApiKey, IssuedApiKey, IssueApiKeyInput, Role } from '@hub/shared-schema';
import { Actor } from '../../common/auth/actor';
import { UnitsService } from '../units/units.service';
import { ApiKeyEntity } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-secret';
import { AuthErrors } from './auth.errors';
import { CredentialsRepository } from './credentials.repository';
import { Clock } from '../../common/time/clock';

// Writing last_used_at on every call would turn each read into a write; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

export function toApiKey(row: ApiKeyEntity): ApiKey {
  return {
    id: row.id,
    name: row.name,
    unitCode: row.unitCode,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

@Injectable()
export class ApiKeysService {
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly units: UnitsService,
    private readonly clock: Clock,
  ) {}

  async issue(input: IssueApiKeyInput, issuer: Actor): Promise<IssuedApiKey> {
    await this.units.getActive(input.unitCode, 'input.unitCode');
    const generated = generateApiKey();
    const row = await this.credentials.insertApiKey({
      unitCode: input.unitCode,
      name: input.name,
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      scopes: [...new Set(input.scopes)],
      createdBy: issuer.name,
    });
    return { apiKey: toApiKey(row), secret: generated.secret };
  }

  async revoke(id: string): Promise<ApiKey> {
    const row = await this.credentials.findApiKey(id);
    if (!row) throw AuthErrors.apiKeyNotFound(id);
    await this.credentials.revokeApiKey(id, this.clock.now());
    return toApiKey((await this.credentials.findApiKey(id))!);
  }

  async list(unitCode: string): Promise<ApiKey[]> {
    return (await this.credentials.listApiKeys(unitCode)).map(toApiKey);
  }

  async unitOf(id: string): Promise<string | null> {
    // A malformed id is left to the validation pipe (BAD_USER_INPUT), not sent to Postgres.
    if (!isUUID(id)) return null;
    return (await this.credentials.findApiKey(id))?.unitCode ?? null;
  }

  /** The actor behind a presented key, or null when the key is malformed, unknown or revoked. */
  async verify(key: string): Promise<Actor | null> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return null;
    const row = await this.credentials.findApiKeyByPrefix(prefix);
    if (!row || row.revokedAt || !apiKeyMatches(key, row.secretHash)) return null;
    const { unit } = row;
    if (!unit?.active) return null;
    this.touch(row.id);
    return {
      kind: ActorKind.API_KEY,
      id: row.id,
      name: row.prefix,
      unitCode: row.unitCode,
      unitKind: unit.kind,
      roles: [Role.CONNECTOR],
      scopes: row.scopes,
    };
  }

  /** How often last-used is written is elapsed time (monotonic), not the domain's "now"; the time written is the Clock's. */
  private touch(id: string): void {
    const now = this.clock.monotonicMs();
    if (now - (this.lastTouched.get(id) ?? -Infinity) < TOUCH_INTERVAL_MS) return;
    this.lastTouched.set(id, now);
    void this.credentials.touchApiKey(id, this.clock.now()).catch(() => this.lastTouched.delete(id));
  }
}
