import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../common/context/request-context';

/** The dates an administrator's change touched (YYYY-MM-DD, both included). */
export interface CalendarChange {
  from: string;
  to: string;
}

export type CalendarChangeListener = (ctx: RequestContext, change: CalendarChange) => Promise<void>;

/**
 * Who must act when the calendar changes: deadlines computed over the changed days are recomputed
 * (issue #15 §1: "not left silently wrong"). Each listener runs inside the administrator's mutation,
 * after the calendar rows are written and reading them, so the correction and its consequences commit
 * or roll back together.
 */
@Injectable()
export class CalendarChanges {
  private readonly listeners: CalendarChangeListener[] = [];

  onChange(listener: CalendarChangeListener): void {
    this.listeners.push(listener);
  }

  /** Calls every listener in turn, in the caller's open transaction. */
  async changed(ctx: RequestContext, change: CalendarChange): Promise<void> {
    for (const listener of this.listeners) await listener(ctx, change);
  }
}
