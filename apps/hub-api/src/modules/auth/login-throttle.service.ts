import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimitedError } from '../../common/errors/domain-error';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig, LoginLimits } from '../../config/hub-config';
import { LoginFailureReason, loginFailures } from './login-metrics';
import { ADDRESS_KEY_PREFIX, LoginThrottleRepository, USER_KEY_PREFIX } from './login-throttle.repository';
import { KeyLimits, throttleVerdict } from './login-throttle.policy';

/** Who tried to log in, from where: what the log line and the limits need (never the password). */
export interface LoginAttempt {
  username: string;
  clientAddress: string;
  requestId: string | null;
}

// Stale keys (every guessed user name leaves one) are removed now and then, not on every failure.
const PRUNE_EVERY_FAILURES = 200;

/**
 * Rate limits on failed log-ins per user name and per client address (against password guessing, and a
 * log-in flood starving the database pool), shared by every hub process through the database. The check
 * runs before any password is hashed, so a refused attempt costs one short query; each failure is
 * counted, logged (JSON, without the password) and added to `hub_login_failures_total`.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');
  private readonly limits: LoginLimits;
  private failuresSincePrune = 0;

  constructor(
    private readonly repository: LoginThrottleRepository,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    this.limits = config.login;
  }

  /** Refuses (RATE_LIMITED, with retryAfterSeconds) while the user name or the address must wait or is locked out. */
  async assertAllowed(attempt: LoginAttempt): Promise<void> {
    const keys = this.keys(attempt);
    const { states, now } = await this.repository.read(keys.map((k) => k.key));
    let refusal: { locked: boolean; retryAfterMs: number; what: string } | null = null;
    for (const { key, limits, what } of keys) {
      const verdict = throttleVerdict(states.get(key), limits, this.limits, now);
      if (!verdict.allowed && (!refusal || verdict.retryAfterMs > refusal.retryAfterMs)) refusal = { ...verdict, what };
    }
    if (!refusal) return;
    const retryAfterSeconds = Math.ceil(refusal.retryAfterMs / 1000);
    this.failed('rate_limited', attempt, { limitedBy: refusal.what, locked: refusal.locked, retryAfterSeconds });
    throw new RateLimitedError(
      refusal.locked
        ? `登录已暂时锁定 log-in locked for this ${refusal.what} after too many failed attempts; try again in ${retryAfterSeconds} s`
        : `登录尝试过于频繁 too many failed log-ins for this ${refusal.what}; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }

  /** Counts a failed attempt against the user name and the address, then logs it. */
  async recordFailure(reason: Exclude<LoginFailureReason, 'rate_limited'>, attempt: LoginAttempt): Promise<void> {
    const keys = this.keys(attempt);
    const counts = await this.repository.recordFailure(
      keys.map((k) => k.key),
      {
        userLockout: this.limits.user.lockoutFailures,
        addressLockout: this.limits.address.lockoutFailures,
        windowSeconds: this.limits.windowSeconds,
        lockoutSeconds: this.limits.lockoutSeconds,
      },
    );
    this.failed(reason, attempt, { userFailures: counts.get(keys[0].key), addressFailures: counts.get(keys[1].key) });
    if (++this.failuresSincePrune >= PRUNE_EVERY_FAILURES) {
      this.failuresSincePrune = 0;
      await this.repository.prune(Math.max(this.limits.windowSeconds, this.limits.lockoutSeconds));
    }
  }

  /** A successful log-in: the user name starts afresh. */
  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    await this.repository.clear(this.keys(attempt)[0].key);
  }

  private failed(reason: LoginFailureReason, attempt: LoginAttempt, details: Record<string, unknown>): void {
    loginFailures.inc({ reason });
    this.logger.warn(
      {
        event: 'login.failed',
        reason,
        username: attempt.username,
        clientAddress: attempt.clientAddress,
        requestId: attempt.requestId,
        ...details,
      },
      '登录失败 log-in failed',
    );
  }

  private keys(attempt: LoginAttempt): Array<{ key: string; limits: KeyLimits; what: string }> {
    return [
      { key: `${USER_KEY_PREFIX}${attempt.username.toLowerCase()}`, limits: this.limits.user, what: 'user name' },
      { key: `${ADDRESS_KEY_PREFIX}${attempt.clientAddress}`, limits: this.limits.address, what: 'client address' },
    ];
  }
}
