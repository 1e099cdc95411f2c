import { HubError } from './hub-error';
import { backoffDelay, withRetries } from './retry-policy';

describe('retries', () => {
  const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 };

  it('waits a random time below a ceiling that doubles up to the maximum (full jitter)', () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 0.999))).toEqual([99, 199, 249, 249]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it('retries an unavailable hub until it answers', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        if (++calls < 3) throw new HubError('UNAVAILABLE', 'hub not reachable');
        return 'ok';
      },
      policy,
      {
        sleep: async (ms) => waits.push(ms),
        random: () => 0.5,
        onRetry: (error, attempt) => expect([error.code, attempt]).toEqual(['UNAVAILABLE', calls]),
      },
    );
    expect([result, calls, waits]).toEqual(['ok', 3, [50, 100]]);
  });

  it('gives up after the attempts allowed, with the last error', async () => {
    let calls = 0;
    const failing = withRetries(async () => Promise.reject(new HubError('UNAVAILABLE', `try ${++calls}`)), policy, {
      sleep: async () => undefined,
    });
    await expect(failing).rejects.toMatchObject({ code: 'UNAVAILABLE', message: 'try 4' });
    expect(calls).toBe(4);
  });

  it('does not retry what would fail again', async () => {
    for (const error of [new HubError('FORBIDDEN', 'no'), new HubError('BAD_USER_INPUT', 'no'), new TypeError('bug')]) {
      let calls = 0;
      const attempt = async () => {
        calls++;
        throw error;
      };
      await expect(withRetries(attempt, policy, { sleep: async () => undefined })).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });
});
