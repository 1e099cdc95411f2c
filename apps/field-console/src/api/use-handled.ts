import { useCallback, useMemo, useState } from 'react';

/** An item the officer acted on, as it was then, and the state the hub answered. */
export interface Handled<T> {
  item: T;
  state: string;
}

/**
 * The list a screen shows: the hub's latest answer, and after it every item the officer acted on that the
 * answer no longer holds (it left the list: approved out of the queue, escalated out of the inbox), as it
 * was, so the answer to the officer's own action never vanishes under a live refresh.
 */
export function withHandled<T extends { id: string }>(
  items: readonly T[] | null,
  handled: Readonly<Record<string, Handled<T>>>,
): T[] | null {
  if (!items) return null;
  const present = new Set(items.map((item) => item.id));
  return [...items, ...Object.values(handled).flatMap(({ item }) => (present.has(item.id) ? [] : [item]))];
}

/**
 * The hub's answer to the officer's action on `item`, while the item shows in the state it was acted on or
 * in the state the hub answered; once another unit has moved it on, it is a new item to act on (undefined).
 */
export function outcomeFor<T extends { id: string; state: string }>(
  item: T,
  handled: Readonly<Record<string, Handled<T>>>,
): string | undefined {
  const seen = handled[item.id];
  return seen && (seen.item.state === item.state || seen.state === item.state) ? seen.state : undefined;
}

/**
 * What a list screen remembers of the officer's own actions until 刷新: `shown` (withHandled), the outcome of
 * an item (`outcomeOf`, outcomeFor), `record` after an action the hub accepted, and `clear` when the officer
 * asks afresh.
 */
export function useHandled<T extends { id: string; state: string }>(items: readonly T[] | null) {
  const [handled, setHandled] = useState<Record<string, Handled<T>>>({});
  const shown = useMemo(() => withHandled(items, handled), [items, handled]);
  const record = useCallback((item: T, state: string) => setHandled((all) => ({ ...all, [item.id]: { item, state } })), []);
  const clear = useCallback(() => setHandled({}), []);
  const outcomeOf = (item: T): string | undefined => outcomeFor(item, handled);
  return { shown, outcomeOf, record, clear };
}
