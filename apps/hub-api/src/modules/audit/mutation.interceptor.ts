import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { OPERATION_KEY, PUBLIC_KEY } from '../../common/auth/auth.decorators';
import { argAt, argText, auditTargetPath, isOperation, OperationName, policyFor } from '../../common/auth/policies';
import { outcomeOf } from '../../common/errors/outcome';
import { RequestContext } from '../../common/context/request-context';
import { HubRequest } from '../../common/http/hub-request';
import { Clock } from '../../common/time/clock';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from './audit.service';
import { OUTSIDE_TRANSACTION_KEY } from './outside-transaction.decorator';

/**
 * Every GraphQL mutation runs in one transaction that also appends its audit row, so a change is never
 * committed without its audit entry. A failed mutation rolls back and is then audited with the error
 * code it returned. (Refusals by the AuthGuard are audited by the guard: they never reach here.)
 * A mutation marked @OutsideTransaction runs without one; its audit row joins the short transaction
 * its service opens for its changes, or is written on its own when it changed nothing (a log-in).
 */
@Injectable()
export class MutationInterceptor implements NestInterceptor {
  private readonly logger = new Logger(MutationInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();

    const req = gql.getContext<{ req: HubRequest }>().req;
    const args = gql.getArgs<Record<string, unknown>>();
    const operation = this.operationName(context, info);
    const target = this.target(operation, args);
    // The AuthGuard builds the context (public operations included) before any interceptor runs.
    const ctx = req.ctx ?? RequestContext.forRequest(this.clock, req.actor ?? null, req.id ?? null);
    const base = { operation, target };
    // Public operations (log-in) have no actor; audit the name they claimed.
    const claimedName = typeof argAt(args, 'input.username') === 'string' ? (argAt(args, 'input.username') as string) : undefined;

    const handle = () => lastValueFrom(next.handle(), { defaultValue: null });
    const auditOk = () => this.audit.record(ctx, { ...base, claimedName, outcome: 'OK' });
    const outside = this.reflector.get<boolean | undefined>(OUTSIDE_TRANSACTION_KEY, context.getHandler()) === true;
    const run = outside
      ? this.tx.runUntransacted(handle, auditOk).then(async ({ result, hookRan }) => {
          if (!hookRan) await auditOk();
          return result;
        })
      : this.tx.run(async () => {
          const result = await handle();
          await auditOk();
          return result;
        });

    return from(
      run.catch(async (error: unknown) => {
        await this.tx
          .outside(() => this.audit.record(ctx, { ...base, claimedName, outcome: outcomeOf(error) }))
          .catch((auditError: unknown) => this.logger.error({ err: auditError, operation }, 'could not audit a failed mutation'));
        throw error;
      }),
    );
  }

  private operationName(context: ExecutionContext, info: GraphQLResolveInfo): string {
    const named = this.reflector.get<OperationName | undefined>(OPERATION_KEY, context.getHandler());
    const publicName = this.reflector.get<string | true | undefined>(PUBLIC_KEY, context.getHandler());
    return named ?? (typeof publicName === 'string' ? publicName : info.fieldName);
  }

  private target(operation: string, args: Record<string, unknown>): string | null {
    const path = isOperation(operation) ? auditTargetPath(policyFor(operation)) : 'input.username';
    return path ? argText(args, path) : null;
  }
}
