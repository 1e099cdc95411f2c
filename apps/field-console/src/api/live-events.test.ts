import { act, renderHook } from '@testing-library/react';
import type { Client, FormattedExecutionResult, Sink } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real factory's options, as graphql-ws would receive them (no socket is opened).
const created = vi.hoisted(() => [] as Array<Record<string, unknown>>);
vi.mock('graphql-ws', () => ({
  createClient: (options: Record<string, unknown>) => {
    created.push(options);
    return { subscribe: () => () => undefined, on: () => () => undefined, dispose: () => undefined, terminate: () => undefined };
  },
}));

import {
  closeLiveEvents,
  debounceRounds,
  LIVE_DEBOUNCE_MS,
  LIVE_MAX_WAIT_MS,
  type LiveClientFactory,
  type LiveSelection,
  RESUBSCRIBE_MS,
  setLiveClientFactory,
  useLiveRound,
  useLiveStatus,
} from './live-events';

/** A synchronous update of the rendered hooks (React's act; nothing here is awaited). */
function now(update: () => void): void {
  void act(update);
}

/** A graphql-ws client without a network: the test plays the hub (events, connection changes). */
function fakeHub() {
  const sockets: Array<{ token: string; on: Parameters<LiveClientFactory>[1]; disposed: boolean }> = [];
  const subscriptions: Array<{ variables: unknown; query: string; sink: Sink<FormattedExecutionResult<unknown>>; stopped: boolean }> = [];
  const factory: LiveClientFactory = (token, on) => {
    const socket = { token, on, disposed: false };
    sockets.push(socket);
    return {
      subscribe: (payload, sink) => {
        const subscription = {
          variables: payload.variables,
          query: payload.query,
          sink: sink as Sink<FormattedExecutionResult<unknown>>,
          stopped: false,
        };
        subscriptions.push(subscription);
        return () => (subscription.stopped = true);
      },
      on: () => () => undefined,
      iterate: () => {
        throw new Error('not used');
      },
      dispose: () => {
        socket.disposed = true;
        // graphql-ws completes every subscription of a disposed client: they are over.
        for (const s of subscriptions.filter((s) => !s.stopped)) {
          s.stopped = true;
          s.sink.complete();
        }
      },
      terminate: () => undefined,
    } as Client;
  };
  const open = () => subscriptions.filter((s) => !s.stopped);
  return {
    factory,
    sockets,
    subscriptions,
    open,
    /** The hub sends an event of `type` to every open subscription. */
    send: (type: string) => now(() => open().forEach((s) => s.sink.next({ data: { liveEvents: { position: '1', type } } }))),
    /** The socket's connection events, as graphql-ws reports them. */
    connected: () => now(() => sockets.at(-1)!.on.connected()),
    closed: () => now(() => sockets.at(-1)!.on.closed()),
  };
}

const TRANSFERS: LiveSelection = { filter: { categories: ['OTHER'] }, accepts: (type) => type.startsWith('transfer.') };
const QUEUE: LiveSelection = { filter: { eventTypes: ['transfer.submit'] } };

describe('debounceRounds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts a burst of events as one round, after the burst', () => {
    const onRound = vi.fn();
    const rounds = debounceRounds(onRound);
    rounds.hit();
    vi.advanceTimersByTime(100);
    rounds.hit();
    vi.advanceTimersByTime(100);
    rounds.hit();
    vi.advanceTimersByTime(LIVE_DEBOUNCE_MS - 1);
    expect(onRound).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRound).toHaveBeenCalledTimes(1);
    // A later event is a new round.
    rounds.hit();
    vi.advanceTimersByTime(LIVE_DEBOUNCE_MS);
    expect(onRound).toHaveBeenCalledTimes(2);
  });

  it('still refreshes during a stream that never pauses, at most every maxWait', () => {
    const onRound = vi.fn();
    const rounds = debounceRounds(onRound);
    for (let t = 0; t < LIVE_MAX_WAIT_MS * 2; t += 100) {
      rounds.hit();
      vi.advanceTimersByTime(100);
    }
    expect(onRound).toHaveBeenCalledTimes(2);
  });

  it('asks nothing once cancelled (the screen has gone)', () => {
    const onRound = vi.fn();
    const rounds = debounceRounds(onRound);
    rounds.hit();
    rounds.cancel();
    vi.advanceTimersByTime(LIVE_MAX_WAIT_MS);
    expect(onRound).not.toHaveBeenCalled();
  });
});

describe('useLiveRound and useLiveStatus on a fake hub', () => {
  let hub: ReturnType<typeof fakeHub>;
  beforeEach(() => {
    vi.useFakeTimers();
    hub = fakeHub();
    setLiveClientFactory(hub.factory);
  });
  afterEach(() => {
    setLiveClientFactory(null);
    vi.useRealTimers();
  });
  const settle = () => now(() => void vi.advanceTimersByTime(LIVE_MAX_WAIT_MS));

  it('subscribes with the screen filter and the session token, and grows by one per burst of matching events', () => {
    const { result } = renderHook(() => useLiveRound('token-a', TRANSFERS));
    expect(hub.sockets.map((s) => s.token)).toEqual(['token-a']);
    expect(hub.open()).toHaveLength(1);
    expect(hub.open()[0].variables).toEqual({ filter: { categories: ['OTHER'] } });
    expect(hub.open()[0].query).toContain('liveEvents(filter: $filter)');
    expect(result.current).toBe(0);

    hub.send('transfer.submit');
    hub.send('transfer.approve');
    hub.send('transfer.send');
    expect(result.current).toBe(0); // not before the burst is over
    settle();
    expect(result.current).toBe(1);

    // An event of the category the screen does not care for (other information) asks nothing.
    hub.send('other-info.published');
    settle();
    expect(result.current).toBe(1);
    hub.send('transfer.reportResult');
    settle();
    expect(result.current).toBe(2);
  });

  it('shares one connection between screens and closes it on sign-out', () => {
    const queue = renderHook(() => useLiveRound('token-a', QUEUE));
    const inbox = renderHook(() => useLiveRound('token-a', TRANSFERS));
    expect(hub.sockets).toHaveLength(1);
    expect(hub.open()).toHaveLength(2);
    hub.send('transfer.submit');
    settle();
    expect([queue.result.current, inbox.result.current]).toEqual([1, 1]);

    now(() => closeLiveEvents());
    expect(hub.sockets[0].disposed).toBe(true);
    // The ended subscriptions are not asked for again on a closed connection.
    now(() => vi.advanceTimersByTime(RESUBSCRIBE_MS * 2));
    expect(hub.subscriptions).toHaveLength(2);
    queue.unmount();
    inbox.unmount();
    expect(hub.open()).toEqual([]);

    // The next sign-in opens a connection of its own, with its own token.
    renderHook(() => useLiveRound('token-b', QUEUE));
    expect(hub.sockets.map((s) => s.token)).toEqual(['token-a', 'token-b']);
  });

  it('reports the connection in the status line and catches up once it is back', () => {
    const round = renderHook(() => useLiveRound('token-a', QUEUE));
    const status = renderHook(() => useLiveStatus('token-a'));
    expect(status.result.current).toBe('connecting');
    hub.connected();
    expect(status.result.current).toBe('connected');
    settle();
    const afterFirst = round.result.current;
    expect(afterFirst).toBe(1); // the first connection asks once: a change before the subscription began

    hub.closed();
    expect(status.result.current).toBe('reconnecting');
    settle();
    expect(round.result.current).toBe(afterFirst); // nothing to ask while there is no socket
    hub.connected();
    expect(status.result.current).toBe('connected');
    settle();
    expect(round.result.current).toBe(afterFirst + 1); // what happened meanwhile was never sent
  });

  it('asks for a subscription the hub ended again, and refetches then', () => {
    const { result } = renderHook(() => useLiveRound('token-a', QUEUE));
    now(() => hub.open()[0].sink.error([{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }]));
    now(() => vi.advanceTimersByTime(RESUBSCRIBE_MS - 1));
    expect(hub.subscriptions).toHaveLength(1);
    now(() => vi.advanceTimersByTime(1));
    expect(hub.subscriptions).toHaveLength(2);
    settle();
    expect(result.current).toBe(1);
  });

  it('unsubscribes when the screen goes, and an event after that asks nothing', () => {
    const { result, unmount } = renderHook(() => useLiveRound('token-a', QUEUE));
    hub.send('transfer.submit');
    unmount();
    expect(hub.open()).toEqual([]);
    settle();
    expect(result.current).toBe(0);
  });
});

describe('the real client', () => {
  it('connects to /graphql on the page host with the token in the connection_init payload, retrying without end', () => {
    setLiveClientFactory(null);
    created.length = 0;
    const { unmount } = renderHook(() => useLiveRound('token-z', QUEUE));
    expect(created).toHaveLength(1);
    const options = created[0];
    expect(options.url).toBe(`ws://${window.location.host}/graphql`);
    expect(options.connectionParams).toEqual({ authorization: 'Bearer token-z' });
    expect(options.retryAttempts).toBe(Infinity);
    expect((options.shouldRetry as (e: unknown) => boolean)({ code: 4403, reason: 'Forbidden' })).toBe(true);
    unmount();
    closeLiveEvents();
  });
});
