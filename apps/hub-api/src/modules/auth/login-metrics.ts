import { Counter, register } from 'prom-client';

/** Why a log-in failed, as the metric labels it. */
export type LoginFailureReason = 'unknown_user' | 'wrong_password' | 'inactive_user' | 'inactive_unit' | 'rate_limited';

const NAME = 'hub_login_failures_total';

/** Process-wide, like every hub metric: a second hub in the same process (tests) reuses it. */
export const loginFailures =
  (register.getSingleMetric(NAME) as Counter<'reason'> | undefined) ??
  new Counter({ name: NAME, help: 'Failed log-ins (登录失败) by reason, refusals by the rate limit included', labelNames: ['reason'] });
