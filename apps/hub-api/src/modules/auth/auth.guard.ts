import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@hub/shared-schema';
import { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../../common/auth/actor';
import { OPERATION_KEY, PUBLIC_KEY } from '../../common/auth/auth.decorators';
import { argText, auditTargetPath, isOperation, OperationName, Policy, policyFor } from '../../common/auth/policies';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { ForbiddenError, UnauthenticatedError } from '../../common/errors/domain-error';
import { outcomeOf } from '../../common/errors/outcome';
import { RequestContext } from '../../common/context/request-context';
import { HubRequest } from '../../common/http/hub-request';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from './accounts.service';
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
    if (context.getType<GqlContextType>() !== 'graphql') throw new ForbiddenError('this route is not open');

    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: HubRequest }>().req;
    const info = gql.getInfo<GraphQLResolveInfo>();
    const args = gql.getArgs<Record<string, unknown>>();
    const operation = this.reflector.get<OperationName | undefined>(OPERATION_KEY, context.getHandler());
    try {
      if (!operation) throw new ForbiddenError(`${info.fieldName} has no access policy`);
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
    if (!credential) throw new UnauthenticatedError();
    const actor = looksLikeApiKey(credential) ? await this.apiKeys.verify(credential) : await this.accounts.verify(credential);
    if (!actor) throw new UnauthenticatedError('the credential is invalid, expired or revoked');
    return actor;
  }

  private async authorize(actor: Actor, operation: string, policy: Policy, args: Record<string, unknown>): Promise<void> {
    const roles = actor.roles.filter((role) => policy.roles.includes(role));
    if (roles.length === 0) {
      throw new ForbiddenError(`${operation} is not open to role ${actor.roles.join(', ')}`);
    }
    if (roles.includes(Role.CONNECTOR) && policy.scope && !actor.scopes.includes(policy.scope)) {
      throw new ForbiddenError(`${operation} needs an API key with scope ${policy.scope}`);
    }
    if (policy.unitKinds && !policy.unitKinds.includes(actor.unitKind)) {
      throw new ForbiddenError(`${operation} is for units of kind ${policy.unitKinds.join(', ')}, not ${actor.unitKind}`);
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
      throw new ForbiddenError(`${operation}: a caller of unit ${actor.unitCode} may act only for its own unit (无权代其他单位操作)`);
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
