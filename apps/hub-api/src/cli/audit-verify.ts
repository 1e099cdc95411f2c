import { TransactionRunner } from '../database/transaction-runner';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { runCli } from './cli-runner';

/** `npm run audit:verify`: exit 0 when the audit chain holds, 3 with the first broken row otherwise. */
runCli(async (dataSource) => {
  const verdict = await new AuditService(new AuditRepository(new TransactionRunner(dataSource))).verifyChain();
  if (verdict.intact) {
    console.log(`audit chain intact: ${verdict.checked} row(s) checked`);
    return 0;
  }
  console.log(`audit chain BROKEN at row ${verdict.firstBrokenId}: ${verdict.reason} (${verdict.checked} row(s) checked)`);
  return 3;
});
