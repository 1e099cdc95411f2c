import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditEntryConnection, AuditLogArgs } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: '审计日志 the audit trail, newest first' })
  @Operation('audit.read')
  auditLog(@Args() args: AuditLogArgs) {
    return this.audit.list(args);
  }
}
