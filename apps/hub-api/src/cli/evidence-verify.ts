import { EvidenceIntegrity } from '@hub/shared-schema';
import { TransactionRunner } from '../database/transaction-runner';
import { EvidenceRepository } from '../modules/evidence/evidence.repository';
import { EvidenceVerifier } from '../modules/evidence/evidence-verifier';
import { MinioObjectStore } from '../object-store/minio-object-store';
import { resolveObjectStore } from '../object-store/resolve-object-store';
import { runCli } from './cli-runner';

/**
 * `npm run evidence:verify`: re-hashes every confirmed evidence file in the store and reports the
 * missing or altered ones (each result also lands in the file's custody trail). Exit 0 when all are
 * intact, 3 otherwise.
 */
runCli(async (dataSource, _argv, hubConfig) => {
  const { config, embedded } = await resolveObjectStore(hubConfig);
  try {
    const store = new MinioObjectStore({ ...config.objectStore, endpoint: config.objectStore.endpoint! });
    const verifier = new EvidenceVerifier(store, new EvidenceRepository(new TransactionRunner(dataSource)));
    const counts = await verifier.verifyAll((file, result) => {
      if (result.integrity !== EvidenceIntegrity.INTACT) {
        console.log(
          `${result.integrity} ${file.id} ${file.ownerCategory.toLowerCase()}/${file.ownerId} "${file.fileName}" expected sha256 ${file.sha256}${result.foundSha256 ? `, found ${result.foundSha256} (${result.foundSize} bytes)` : ''}`,
        );
      }
    });
    const bad = counts.ALTERED + counts.MISSING;
    console.log(`evidence checked: ${counts.INTACT + bad}; intact ${counts.INTACT}, altered ${counts.ALTERED}, missing ${counts.MISSING}`);
    return bad ? 3 : 0;
  } finally {
    await embedded?.stop();
  }
});
