import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditChainReport, AuditEntryConnection, AuditLogArgs } from '@hub/shared-schema';
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

  @Query(() => AuditChainReport, { description: '审计链校验 recompute the hash chain and report the first broken link' })
  @Operation('audit.read')
  auditChainStatus() {
    return this.audit.verifyChain();
  }
}
