import { Query, Resolver } from '@nestjs/graphql';
import { AuditChainReport } from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { AuditChainVerifier } from './audit-chain-verifier';

@Resolver()
export class AuditChainResolver {
  constructor(private readonly verifier: AuditChainVerifier) {}

  @Query(() => AuditChainReport, {
    description:
      '审计链校验 recompute the hash chain in the hub, check it against every signed checkpoint, and report the first broken link or disagreeing checkpoint',
  })
  @Operation('audit.read')
  auditChainStatus() {
    return this.verifier.verify();
  }
}
