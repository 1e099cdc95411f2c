import { ConfigError } from '../config/hub-config';
import { TransactionRunner } from '../database/transaction-runner';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { AuditChainVerifier, verifyingKey } from '../modules/audit-checkpoints/audit-chain-verifier';
import { AuditCheckpointStore } from '../modules/audit-checkpoints/audit-checkpoint-store';
import { MinioObjectStore } from '../object-store/minio-object-store';
import { resolveObjectStore } from '../object-store/resolve-object-store';
import { runCli } from './cli-runner';

/**
 * `npm run audit:verify`: recomputes every hash of the audit chain in Node and holds the chain against
 * every signed checkpoint in the object store. Exit 0 when both hold, 3 with the first broken row or
 * disagreeing checkpoint otherwise. Needs the checkpoints' public key: HUB_AUDIT_PUBLIC_KEY, or the
 * signing key it derives from (the embedded default's is in the data folder).
 */
runCli(async (dataSource, _argv, hubConfig) => {
  const publicKey = verifyingKey(hubConfig);
  if (!publicKey)
    throw new ConfigError(
      'Configuration error: HUB_AUDIT_PUBLIC_KEY (or HUB_AUDIT_SIGNING_KEY) must be set to check the audit checkpoints',
    );
  const { config, embedded } = await resolveObjectStore(hubConfig);
  try {
    const store = new MinioObjectStore({ ...config.objectStore, endpoint: config.objectStore.endpoint! });
    const audit = new AuditService(new AuditRepository(new TransactionRunner(dataSource)));
    // Reading needs no retention: the lock state only matters when writing.
    const verdict = await new AuditChainVerifier(
      audit,
      new AuditCheckpointStore(store, () => Promise.resolve(false), 0),
      publicKey,
    ).verify();
    const checkpoints = `${verdict.checkpointsChecked} checkpoint(s) checked`;
    if (verdict.intact) {
      console.log(`audit chain intact: ${verdict.checked} row(s) checked, ${checkpoints}`);
      return 0;
    }
    if (verdict.firstBrokenId) {
      console.log(`audit chain BROKEN at row ${verdict.firstBrokenId}: ${verdict.reason} (${verdict.checked} row(s) checked)`);
    }
    const bad = verdict.firstBadCheckpoint;
    if (bad) {
      console.log(
        `audit checkpoint DISAGREES: ${bad.key} (${bad.problem}): ${bad.detail}; ${verdict.checkpointsDisagreeing} of ${checkpoints} disagree`,
      );
    }
    return 3;
  } finally {
    await embedded?.stop();
  }
});
