import { SetMetadata } from '@nestjs/common';

export const OUTSIDE_TRANSACTION_KEY = 'hub:outsideTransaction';

/**
 * A mutation the MutationInterceptor does not wrap in a transaction, because it hashes a password
 * (scrypt, tens of milliseconds of CPU) and a transaction would hold a pooled connection meanwhile:
 * a burst of log-ins would starve every other caller. Its service reads on the pool, hashes, and
 * makes its changes in one short `TransactionRunner.run` at the end, which the audit row joins.
 */
export const OutsideTransaction = () => SetMetadata(OUTSIDE_TRANSACTION_KEY, true);
