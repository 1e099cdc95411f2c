import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@hub/shared-schema';
import { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/auth/actor';
import { OPERATION_KEY, PUBLIC_KEY } from '../../common/auth/auth.decorators';
import { argText, auditTargetPath, isOperation, OperationName, Policy, policyFor } from '../../common/auth/policies';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { outcomeOf } from '../../common/errors/outcome';
import { RequestContext } from '../../common/context/request-context';
import { HubRequest } from '../../common/http/hub-request';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from './accounts.service';
import { AuthErrors } from './auth.errors';
import { ApiKeysService } from './api-keys.service';
import { looksLikeApiKey } from './api-key-secret';

/**
 * Authenticates every call and authorizes it against its policy (common/auth/policies.ts): the one
 * place where access is decided. Default deny: a resolver without @Operation or @Public is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly accounts: AccountsService,
    private readonly ownership: UnitOwnershipRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<unknown>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) {
      if (context.getType<GqlContextType>() === 'graphql')
        this.attachContext(GqlExecutionContext.create(context).getContext<{ req: HubRequest }>().req);
      return true;
    }
    if (context.getType<GqlContextType>() !== 'graphql') throw AuthErrors.routeClosed();

    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: HubRequest }>().req;
    const info = gql.getInfo<GraphQLResolveInfo>();
    const args = gql.getArgs<Record<string, unknown>>();
    const operation = this.reflector.get<OperationName | undefined>(OPERATION_KEY, context.getHandler());
    try {
      if (!operation) throw AuthErrors.noPolicy(info.fieldName);
      req.actor ??= await this.authenticate(req);
      this.attachContext(req);
      await this.authorize(req.actor, operation, policyFor(operation), args);
      return true;
    } catch (error) {
      if (info.parentType.name === 'Mutation') {
        await this.auditRefusal(req, operation ?? info.fieldName, args, error);
      }
      throw error;
    }
  }

  /** The request's context, once per request (again only if its actor changed, which a public call before a login would). */
  private attachContext(req: HubRequest): void {
    const actor = req.actor ?? null;
    if (!req.ctx || req.ctx.actor !== actor) req.ctx = RequestContext.forRequest(this.clock, actor, req.id ?? null);
  }

  private async authenticate(req: HubRequest): Promise<Actor> {
    const header = req.headers.authorization;
    const bearer = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : null;
    const apiKeyHeader = req.headers['x-api-key'];
    const credential = bearer ?? (typeof apiKeyHeader === 'string' ? apiKeyHeader.trim() : null);
    if (!credential) throw AuthErrors.credentialMissing();
    const actor = looksLikeApiKey(credential) ? await this.apiKeys.verify(credential) : await this.accounts.verify(credential);
    if (!actor) throw AuthErrors.credentialInvalid();
    return actor;
  }

  private async authorize(actor: Actor, operation: string, policy: Policy, args: Record<string, unknown>): Promise<void> {
    const roles = actor.roles.filter((role) => policy.roles.includes(role));
    if (roles.length === 0) {
      throw AuthErrors.roleNotAllowed(operation, actor.roles);
    }
    if (roles.includes(Role.CONNECTOR) && policy.scope && !actor.scopes.includes(policy.scope)) {
      throw AuthErrors.scopeMissing(operation, policy.scope);
    }
    if (policy.unitKinds && !policy.unitKinds.includes(actor.unitKind)) {
      throw AuthErrors.unitKindNotAllowed(operation, policy.unitKinds, actor.unitKind);
    }
    if (!policy.unitOf) return;
    const anyUnit = policy.anyUnit ?? [Role.ADMIN];
    if (actor.roles.some((role) => anyUnit.includes(role))) return;
    let unitCode: string | null;
    if ('arg' in policy.unitOf) {
      unitCode = argText(args, policy.unitOf.arg);
    } else {
      const id = argText(args, policy.unitOf.idArg);
      unitCode = id === null ? null : await this.ownership.unitOf(policy.unitOf.resource, id);
    }
    // An unknown resource falls through: the service answers NOT_FOUND.
    if (unitCode === null) return;
    // The owner is never named: for a resource id that would tell any caller which unit holds it.
    if (unitCode !== actor.unitCode) {
      throw AuthErrors.otherUnit(operation, actor.unitCode);
    }
  }

  private async auditRefusal(req: HubRequest, operation: string, args: Record<string, unknown>, error: unknown) {
    const targetPath = isOperation(operation) ? auditTargetPath(policyFor(operation)) : undefined;
    const target = targetPath ? argText(args, targetPath) : null;
    await this.audit
      .record(RequestContext.forRequest(this.clock, req.actor ?? null, req.id ?? null), {
        claimedName: 'unauthenticated',
        operation,
        target,
        outcome: outcomeOf(error),
      })
      .catch((auditError: unknown) => this.logger.error({ err: auditError, operation }, 'could not audit a refused call'));
  }
}
