import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createClient, type Client } from 'graphql-ws';
import type { ConsoleLiveEventsSubscription, EventFilterInput } from '../gql/graphql';
import { LiveEventsDocument } from './documents';

/**
 * Live updates through the hub's `liveEvents` subscription (graphql-ws): one socket for the whole app,
 * opened while some screen listens, with the session token in its connection_init payload (the hub reads
 * `authorization` there as from a header), reconnecting through graphql-ws's retry, closed on sign-out.
 * A screen does not read the events themselves: it asks its query again (`useHubQuery`'s round) when
 * one that concerns it arrives, so what it shows is always what the hub answers, masked as usual.
 */

/** What the status line says: the socket acknowledged, being opened, or lost and being retried. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

export const LIVE_STATUS_TEXT: Record<LiveStatus, string> = {
  connecting: '实时更新连接中',
  connected: '实时更新已连接',
  reconnecting: '实时更新已断开，正在重连',
};

/** What a screen listens for: the hub's filter, and optionally a finer test of each event's type. */
export interface LiveSelection {
  filter: EventFilterInput;
  accepts?: (type: string) => boolean;
}

/** Events in a burst closer together than this make one refetch… */
export const LIVE_DEBOUNCE_MS = 300;
/** …but a burst that never pauses still refetches this often. */
export const LIVE_MAX_WAIT_MS = 2_000;
/** A subscription the hub ended (its credential expired, a refusal) is asked for again after this. */
export const RESUBSCRIBE_MS = 5_000;

/** graphql-ws's default waits 1 s, 2 s, 4 s … without end; a phone in a dead spot should not wait minutes. */
async function retryWait(retries: number): Promise<void> {
  const ms = Math.min(1_000 * 2 ** retries, 15_000) + Math.floor(Math.random() * 1_000);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export type LiveClientFactory = (token: string, on: { connecting(): void; connected(): void; closed(): void }) => Client;

const defaultFactory: LiveClientFactory = (token, on) =>
  createClient({
    url: `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    // A lost network, a hub restart, a refused handshake (4403 without a credential): all worth another try.
    shouldRetry: () => true,
    on: { connecting: on.connecting, connected: on.connected, closed: on.closed },
  });

let factory: LiveClientFactory = defaultFactory;

/** Tests put a fake client in place of the socket (and `null` restores the real one). */
export function setLiveClientFactory(next: LiveClientFactory | null): void {
  closeLiveEvents();
  factory = next ?? defaultFactory;
}

interface Shared {
  token: string;
  client: Client;
  status: LiveStatus;
  /** How many times the socket has been acknowledged: a screen catches up on each reconnection. */
  connections: number;
  listeners: Set<() => void>;
}

let shared: Shared | null = null;

/** The app's one connection for this token (a new sign-in replaces the previous one). */
function connection(token: string): Shared {
  if (shared?.token === token) return shared;
  closeLiveEvents();
  const state: Shared = { token, client: null as unknown as Client, status: 'connecting', connections: 0, listeners: new Set() };
  const set = (status: LiveStatus, connected = false) => {
    if (shared !== state) return;
    if (connected) state.connections += 1;
    state.status = status;
    for (const listener of [...state.listeners]) listener();
  };
  // A socket that closes (lost, refused, the hub restarting) is being retried: graphql-ws's own retry.
  state.client = factory(token, {
    connecting: () => set(state.status === 'connected' ? 'reconnecting' : state.status),
    connected: () => set('connected', true),
    closed: () => set('reconnecting'),
  });
  shared = state;
  return state;
}

/** Closes the connection (sign-out): its subscriptions end and no retry follows. */
export function closeLiveEvents(): void {
  const previous = shared;
  shared = null;
  if (!previous) return;
  for (const listener of [...previous.listeners]) listener();
  void previous.client.dispose();
}

/**
 * Calls `onRound` once per burst of calls to `hit`: `waitMs` after the last one, and at the latest
 * `maxWaitMs` after the first, so a steady stream still refreshes the screen.
 */
export function debounceRounds(onRound: () => void, waitMs = LIVE_DEBOUNCE_MS, maxWaitMs = LIVE_MAX_WAIT_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstAt = 0;
  const fire = () => {
    timer = null;
    onRound();
  };
  return {
    hit() {
      const now = Date.now();
      if (timer === null) firstAt = now;
      else clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(waitMs, firstAt + maxWaitMs - now)));
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * A number that grows whenever an event of `selection` reaches this unit (a burst counts once), and
 * when the connection is made or comes back after a loss: a screen passes
 * `round + liveRound` to its `useHubQuery`. `selection` should be a constant: it is compared by value.
 */
export function useLiveRound(token: string, selection: LiveSelection): number {
  const [round, setRound] = useState(0);
  const filterKey = JSON.stringify(selection.filter);
  const accepts = selection.accepts;
  useEffect(() => {
    const live = connection(token);
    const rounds = debounceRounds(() => setRound((r) => r + 1));
    let stop: (() => void) | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let ended = false;
    const subscribe = () => {
      stop = live.client.subscribe<ConsoleLiveEventsSubscription>(
        { query: LiveEventsDocument.toString(), variables: { filter: JSON.parse(filterKey) as EventFilterInput } },
        {
          next: (result) => {
            const type = result.data?.liveEvents.type;
            if (type && (!accepts || accepts(type))) rounds.hit();
          },
          error: () => again(),
          complete: () => again(),
        },
      );
    };
    // The hub ended this stream (an expired token, a refusal) or the socket gave up: ask again later.
    const again = () => {
      stop = null;
      if (ended || shared !== live) return;
      retry = setTimeout(() => {
        retry = null;
        if (ended || shared !== live) return;
        subscribe();
        rounds.hit();
      }, RESUBSCRIBE_MS);
    };
    // Each acknowledged connection, the first included, asks again: what changed while there was no
    // socket, or between the screen's first answer and the subscription's start, was never sent.
    let seen = live.connections;
    const onStatus = () => {
      if (live.connections > seen) rounds.hit();
      seen = live.connections;
    };
    live.listeners.add(onStatus);
    subscribe();
    return () => {
      ended = true;
      live.listeners.delete(onStatus);
      rounds.cancel();
      if (retry !== null) clearTimeout(retry);
      stop?.();
    };
  }, [token, filterKey, accepts]);
  return round;
}

/** The shared connection's status, for the screens' status line. */
export function useLiveStatus(token: string): LiveStatus {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const live = connection(token);
      live.listeners.add(onChange);
      return () => live.listeners.delete(onChange);
    },
    [token],
  );
  return useSyncExternalStore(subscribe, () => (shared?.token === token ? shared.status : 'connecting'));
}
