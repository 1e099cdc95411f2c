import { Injectable } from '@nestjs/common';

/** Whether the store locks objects under retention; learnt when the bucket is prepared at start-up. */
@Injectable()
export class ObjectLockState {
  enabled = false;
}
