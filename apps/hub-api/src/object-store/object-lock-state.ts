import { Inject, Injectable } from '@nestjs/common';
import { OBJECT_STORE, ObjectStore } from './object-store';

/**
 * Whether the evidence bucket locks objects (MinIO with `--with-lock`), learnt from the store once it
 * answers: at start-up, or at the first evidence call after a start with the store down, so no file
 * is confirmed without its retention on a locking store.
 */
@Injectable()
export class ObjectLockState {
  private answer: Promise<boolean> | null = null;
  private learnt: boolean | null = null;

  constructor(@Inject(OBJECT_STORE) private readonly store: ObjectStore) {}

  /** Prepares the bucket (created if missing) the first time; UNAVAILABLE while the store is down. */
  enabled(): Promise<boolean> {
    this.answer ??= this.store.prepare().then(
      ({ objectLock }) => (this.learnt = objectLock),
      (error: unknown) => {
        this.answer = null;
        throw error;
      },
    );
    return this.answer;
  }

  /** What the store answered, or null before it has. */
  get known(): boolean | null {
    return this.learnt;
  }
}
