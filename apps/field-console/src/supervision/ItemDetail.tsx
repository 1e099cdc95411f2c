import { useEffect, useState } from 'react';
import { Button, Popup, Steps, Tag } from 'antd-mobile';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { ITEM_VIEWS, type ItemView } from './item-view';
import { dateTime } from '../i18n/dates';

/** The item a supervision item points at: which workflow, which record. */
export interface SupervisedItem {
  itemType: string;
  itemId: string;
}

/**
 * 督办事项详情: the click-through from an overdue or due-soon item to the workflow item itself — its state,
 * what it is, every step taken (who, when, to what state, with the note) and every deadline with its
 * clause and 责任单位 — as the hub shows it to a supervisor.
 */
export function ItemDetail({ item, token, onClose }: { item: SupervisedItem | null; token: string; onClose: () => void }) {
  return (
    <Popup visible={item !== null} onMaskClick={onClose} position="bottom" destroyOnClose bodyClassName="transfer-popup">
      {item ? <ItemDetailBody key={`${item.itemType}:${item.itemId}`} item={item} token={token} onClose={onClose} /> : null}
    </Popup>
  );
}

function ItemDetailBody({ item, token, onClose }: { item: SupervisedItem; token: string; onClose: () => void }) {
  const unitName = useUnitName();
  const [view, setView] = useState<ItemView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = ITEM_VIEWS[item.itemType];
  // A deadline passed while open is overdue at once, before the hub's sweep marks it (within a minute).
  const now = new Date();

  useEffect(() => {
    if (!load) return;
    let live = true;
    load(item.itemId, token, unitName).then(
      (loaded) => live && setView(loaded),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [load, item.itemId, token, unitName]);

  return (
    <div className="transfer-form" data-testid="item-detail">
      <div className="popup-title">{view?.heading ?? '督办事项详情'}</div>
      {!load ? <div className="details">此类事项暂无详情页（{item.itemType}）。</div> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {load && !view && !error ? <div className="details">加载中…</div> : null}
      {view ? (
        <>
          <div className="details">
            <div>
              当前状态：<Tag color="primary">{view.stateName}</Tag>
            </div>
            {view.lines.map(([label, value]) => (
              <div key={label}>
                {label}：{value}
              </div>
            ))}
          </div>
          <div className="section-head">
            <span>办理期限</span>
          </div>
          <div className="details" data-testid="item-deadlines">
            {view.deadlines.map((d) => (
              <div key={d.id}>
                {d.kindName}（{d.clause}）· 责任单位 {unitName(d.ownerUnitCode)} · 截止 {dateTime(d.dueAt)}
                {d.closedAt ? ` · 已完成 ${dateTime(d.closedAt)}` : ''}
                {d.overdue || (!d.closedAt && new Date(d.dueAt) < now) ? <Tag color="danger">已逾期</Tag> : null}
              </div>
            ))}
          </div>
          <div className="section-head">
            <span>办理过程</span>
          </div>
          <Steps direction="vertical" current={view.steps.length - 1} data-testid="item-steps">
            {view.steps.map((step) => (
              <Steps.Step
                key={step.id}
                title={`${step.to} · ${unitName(step.unitCode)} ${step.actorName}`}
                description={`${dateTime(step.at)}${step.note ? `：${step.note}` : ''}`}
              />
            ))}
          </Steps>
        </>
      ) : null}
      <Button block fill="none" onClick={onClose}>
        关闭
      </Button>
    </div>
  );
}
