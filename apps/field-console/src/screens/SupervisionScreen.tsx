import { useMemo, useState } from 'react';
import { Button, Card, Empty, List, Tag } from 'antd-mobile';
import { SupervisionDocument } from '../api/documents';
import { useHubQuery } from '../api/use-hub-query';
import { Chart } from '../charts/Chart';
import { ErrorNotice } from '../components/ErrorNotice';
import { backlogChartOption, barsHeight, rateChartOption } from '../supervision/charts';
import { ItemDetail, type SupervisedItem } from '../supervision/ItemDetail';
import { currentQuarter, percent } from '../supervision/period';

/**
 * 督查督办 (supervisors, the joint-meeting office, §6(3), §4(4)1②): open deadlines overdue and due soon by
 * 责任单位 (a list and a stacked bar chart), the overdue items with the working days since they fell due,
 * each opening the item itself, and this quarter's 通报排名 with each unit's on-time rate as a bar chart.
 * What the hub counts is shown as it counts it (supervisionSummary, supervisionItems, supervisionLeague).
 */
export function SupervisionScreen({ token }: { token: string }) {
  const [round, setRound] = useState(0);
  const { data, error } = useHubQuery(SupervisionDocument, { period: currentQuarter(new Date()) }, token, round);
  const [opened, setOpened] = useState<SupervisedItem | null>(null);
  const backlog = useMemo(() => (data ? backlogChartOption(data.supervisionSummary) : null), [data]);
  const rates = useMemo(() => (data ? rateChartOption(data.supervisionLeague.rows) : null), [data]);

  return (
    <div className="supervision" data-testid="supervision">
      <div className="section-head">
        <span>督办汇总</span>
        <Button size="mini" onClick={() => setRound((r) => r + 1)}>
          刷新
        </Button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {data && data.supervisionSummary.length === 0 ? <Empty description="暂无逾期或即将到期的事项" /> : null}
      {data && data.supervisionSummary.length > 0 ? (
        <List>
          {data.supervisionSummary.map((unit) => (
            <List.Item
              key={unit.unitCode}
              data-testid="supervision-unit"
              description={unit.maxWorkingDaysOverdue > 0 ? `最长逾期 ${unit.maxWorkingDaysOverdue} 个工作日` : '无逾期'}
              extra={
                <span>
                  {unit.overdue > 0 ? <Tag color="danger">逾期 {unit.overdue}</Tag> : null}{' '}
                  {unit.dueSoon > 0 ? <Tag color="warning">即将到期 {unit.dueSoon}</Tag> : null}
                </span>
              }
            >
              {unit.unitName ?? unit.unitCode}
            </List.Item>
          ))}
        </List>
      ) : null}

      {backlog && data && data.supervisionSummary.length > 0 ? (
        <Chart
          option={backlog}
          height={barsHeight(data.supervisionSummary.length)}
          label="各单位逾期与即将到期事项"
          testId="backlog-chart"
        />
      ) : null}

      <div className="section-head">
        <span>逾期事项（{data?.supervisionItems.nodes.length ?? 0}）</span>
      </div>
      {data && data.supervisionItems.nodes.length === 0 ? <Empty description="暂无逾期事项" /> : null}
      {data?.supervisionItems.nodes.map((item) => (
        <Card
          key={item.deadlineId}
          title={`${item.itemTypeName} · ${item.kindName}`}
          extra={<Tag color="danger">已逾期 {item.workingDaysOverdue} 个工作日</Tag>}
          className="approval-card"
          data-testid="supervision-item"
          onClick={() => setOpened({ itemType: item.itemType, itemId: item.itemId })}
        >
          <div className="details">
            <div>责任单位：{item.ownerUnitName ?? item.ownerUnitCode}</div>
            <div>到期：{new Date(item.dueAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</div>
            <div>依据：{item.clause}</div>
          </div>
          <div className="hint">点击查看事项详情</div>
        </Card>
      ))}

      <div className="section-head">
        <span>通报排名（{data?.supervisionLeague.period.label ?? ''}）</span>
      </div>
      {data && data.supervisionLeague.rows.length === 0 ? <Empty description="本季度暂无计入的事项" /> : null}
      {rates && data && data.supervisionLeague.rows.length > 0 ? (
        <Chart option={rates} height={barsHeight(data.supervisionLeague.rows.length)} label="各单位按时率" testId="rate-chart" />
      ) : null}
      {data && data.supervisionLeague.rows.length > 0 ? (
        <List>
          {data.supervisionLeague.rows.map((row) => (
            <List.Item
              key={row.unitCode}
              data-testid="league-row"
              prefix={<span>{row.rank}</span>}
              description={`计入 ${row.counted} 件${row.rankChange ? `，名次${row.rankChange > 0 ? '上升' : '下降'} ${Math.abs(row.rankChange)}` : ''}`}
              extra={percent(row.rate)}
            >
              {row.unitName ?? row.unitCode}
            </List.Item>
          ))}
        </List>
      ) : null}
      <ItemDetail item={opened} token={token} onClose={() => setOpened(null)} />
    </div>
  );
}
