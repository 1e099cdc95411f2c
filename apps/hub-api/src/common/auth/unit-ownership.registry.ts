import { Injectable } from '@nestjs/common';

type UnitLookup = (id: string) => Promise<string | null>;

/**
 * Lets the AuthGuard learn which unit owns a resource named by id (an API key, later a transfer …).
 * Each feature module registers its lookup at start-up; the decision itself stays in the guard.
 */
@Injectable()
export class UnitOwnershipRegistry {
  private readonly lookups = new Map<string, UnitLookup>();

  register(resource: string, lookup: UnitLookup): void {
    this.lookups.set(resource, lookup);
  }

  async unitOf(resource: string, id: string): Promise<string | null> {
    const lookup = this.lookups.get(resource);
    if (!lookup) throw new Error(`no unit lookup registered for resource "${resource}"`);
    return lookup(id);
  }
}
