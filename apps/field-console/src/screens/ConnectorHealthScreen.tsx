import { useContext, useEffect, useState } from 'react';
import { Button, Card, Empty, List, Tag } from 'antd-mobile';
import { HubError, request } from '../api/client';
import { ConnectorHealthDocument, DeadLettersDocument, RedeliverDeadLettersDocument } from '../api/health-documents';
import { UnitNamesContext } from '../api/units';
import { useHubQuery } from '../api/use-hub-query';
import { ErrorNotice } from '../components/ErrorNotice';
import type { ConnectorDeadLettersQuery, ConnectorHealthQuery } from '../gql/graphql';
import { healthState, lagText, pendingRedelivery, redeliverText } from '../health/connector-health';
import { DELIVERY_MODE, enumName } from '../i18n/enums';
import '../health/health.css';

type Subscription = ConnectorHealthQuery['subscriptions'][number];
type DeadLetter = ConnectorDeadLettersQuery['deadLetters'][number];

/** While a redelivery the hub accepted is still pending, the card asks again this often. */
const PENDING_POLL_MS = 2_000;

function shanghai(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/**
 * 对接健康 (a unit's leader, admins): the unit's subscriptions with their lag on the change log, the
 * consecutive failures at the next event and the last error, the dead letters, and 重新投递
 * (redeliverDeadLetters) with the hub's answer. An admin picks the unit (the hub lets admins read and
 * redeliver any unit's); a leader sees the own unit's only.
 */
export function ConnectorHealthScreen({ token, unitCode, anyUnit }: { token: string; unitCode: string; anyUnit: boolean }) {
  const units = useContext(UnitNamesContext);
  const [unit, setUnit] = useState(unitCode);
  const [round, setRound] = useState(0);
  const { data, error } = useHubQuery(ConnectorHealthDocument, { unitCode: unit }, token, round);

  return (
    <div className="connector-health" data-testid="connector-health">
      {anyUnit ? (
        <label className="unit-picker">
          <span>单位</span>
          <select aria-label="单位" value={unit} onChange={(event) => setUnit(event.target.value)}>
            {[...new Set([unitCode, ...units.keys()])].map((code) => (
              <option key={code} value={code}>
                {units.get(code) ?? code}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="section-head">
        <span>
          {units.get(unit) ?? unit} 的订阅（{data?.subscriptions.length ?? 0}）
        </span>
        <Button size="mini" onClick={() => setRound((r) => r + 1)}>
          刷新
        </Button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {data && data.subscriptions.length === 0 ? <Empty description="本单位暂无订阅" /> : null}
      {data?.subscriptions.map((subscription) => (
        <SubscriptionCard key={subscription.id} subscription={subscription} token={token} round={round} />
      ))}
    </div>
  );
}

function SubscriptionCard({ subscription, token, round }: { subscription: Subscription; token: string; round: number }) {
  const webhook = subscription.delivery === 'WEBHOOK';
  const [ask, setAsk] = useState(0);
  const [letters, setLetters] = useState<DeadLetter[] | null>(null);
  const [lettersError, setLettersError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  // Dead letters are a webhook's only (the hub refuses them for a pull subscription).
  useEffect(() => {
    if (!webhook) return;
    let live = true;
    request(DeadLettersDocument, { id: subscription.id }, { token })
      .then((data) => {
        if (!live) return;
        setLetters(data.deadLetters);
        setLettersError(null);
      })
      .catch((error: unknown) => {
        if (live) setLettersError(error);
      });
    return () => {
      live = false;
    };
  }, [webhook, subscription.id, token, round, ask]);

  const pending = letters ? pendingRedelivery(letters) : 0;
  // A redelivery the hub queued goes out ahead of new events: ask again until it has.
  useEffect(() => {
    if (pending === 0) return;
    const timer = setTimeout(() => setAsk((a) => a + 1), PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, letters]);

  async function redeliver() {
    setBusy(true);
    setAnswer(null);
    setActionError(null);
    try {
      const { redeliverDeadLetters } = await request(RedeliverDeadLettersDocument, { id: subscription.id }, { token });
      setAnswer(redeliverText(redeliverDeadLetters));
      setAsk((a) => a + 1);
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
    }
  }

  const state = healthState({ active: subscription.active, attempts: subscription.attempts, deadLetters: letters?.length ?? null });
  const deadCount = letters?.length ?? null;

  return (
    <Card
      className="health-card"
      data-testid="subscription-health"
      title={subscription.name}
      extra={
        <Tag color={state.color} data-testid="health-state">
          {state.label}
        </Tag>
      }
    >
      <div className="details">
        <div>
          方式：{enumName(DELIVERY_MODE, subscription.delivery)}
          {subscription.webhookUrl ? <span className="target"> {subscription.webhookUrl}</span> : null}
        </div>
        <div data-testid="lag">{lagText(subscription.lag)}</div>
        <div className="muted">已处理至位置 {subscription.position}</div>
        {webhook ? (
          <div data-testid="failures" className={subscription.attempts > 0 ? 'danger' : undefined}>
            连续失败：{subscription.attempts} 次{subscription.nextAttemptAt ? `，下次重试 ${shanghai(subscription.nextAttemptAt)}` : ''}
          </div>
        ) : null}
        {subscription.lastError ? <div className="danger">最近错误：{subscription.lastError}</div> : null}
      </div>
      {webhook ? (
        <div className="dead-letters">
          <div className="dead-head">
            <button type="button" className="dead-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="dead-count">
              死信 {deadCount ?? '…'} 条{pending > 0 ? `（${pending} 条待重新投递）` : ''}
              {deadCount ? (open ? ' ▴' : ' ▾') : ''}
            </button>
            <Button size="small" color="primary" loading={busy} disabled={busy || !deadCount} onClick={() => void redeliver()}>
              重新投递
            </Button>
          </div>
          {answer ? (
            <div role="status" className="hub-answer">
              {answer}
            </div>
          ) : null}
          {actionError ? <ErrorNotice error={actionError} /> : null}
          {lettersError && !(lettersError instanceof HubError && lettersError.code === 'NOT_FOUND') ? (
            <ErrorNotice error={lettersError} />
          ) : null}
          {open && letters && letters.length > 0 ? (
            <List className="dead-list">
              {letters.map((letter) => (
                <List.Item
                  key={letter.eventId}
                  data-testid="dead-letter"
                  description={
                    <>
                      <div>
                        放弃于 {shanghai(letter.deadAt)}，共尝试 {letter.attempts} 次
                      </div>
                      {letter.lastError ? <div>最后错误：{letter.lastError}</div> : null}
                      {letter.redeliverRequestedAt ? <div>已申请重新投递（{shanghai(letter.redeliverRequestedAt)}）</div> : null}
                    </>
                  }
                >
                  事件位置 {letter.eventPosition}
                </List.Item>
              ))}
            </List>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
