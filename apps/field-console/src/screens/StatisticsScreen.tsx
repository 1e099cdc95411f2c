import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Empty, ProgressBar, Selector } from 'antd-mobile';
import { request } from '../api/client';
import {
  ExportDownloadDocument,
  ExportJobDocument,
  RequestStatisticsExportDocument,
  StatisticsDocument,
} from '../api/statistics-documents';
import { useHubQuery } from '../api/use-hub-query';
import { Chart } from '../charts/Chart';
import { ErrorNotice } from '../components/ErrorNotice';
import type { ExportFormat, LedgerDefinitionInput, LedgerDimension, LedgerMeasure, LedgerPeriod, LedgerSource } from '../gql/graphql';
import { enumName } from '../i18n/enums';
import {
  EXPORT_FORMAT,
  EXPORT_STATUS,
  fitToSource,
  LEDGER_DIMENSION,
  LEDGER_MEASURE,
  LEDGER_PERIOD,
  LEDGER_SOURCE,
  MAX_DIMENSIONS,
  SOURCE_OPTIONS,
} from '../statistics/definition';
import { type ExportJobState, followExportJob, progressPercent, progressText } from '../statistics/export-job';
import { presetRange, RANGE_PRESETS, type RangePreset, rangeText } from '../statistics/period';
import { chartOption, tableOf, type StatisticsAnswer } from '../statistics/table';

/** A definition as the form holds it: the range as a preset, turned into dates when it is asked. */
interface Form {
  source: LedgerSource;
  groupBy: LedgerDimension[];
  period: LedgerPeriod | null;
  range: RangePreset;
  measures: LedgerMeasure[];
}

const FIRST_FORM: Form = { source: 'PENALTY', groupBy: ['TOWNSHIP'], period: null, range: 'THIS_YEAR', measures: ['COUNT'] };
/** The table shows this many groups; the export holds them all. */
const TABLE_ROWS = 200;
const NO_PERIOD = 'NONE';

/** What is asked: the statistics query's variables, and the export's `statistics` input alike. */
interface Definition extends LedgerDefinitionInput {
  groupBy: LedgerDimension[];
  measures: LedgerMeasure[];
}

function definitionOf(form: Form, now: Date): Definition {
  const range = presetRange(form.range, now);
  return {
    source: form.source,
    groupBy: form.groupBy,
    period: form.period,
    measures: form.measures,
    filter: range.from || range.to ? { from: range.from, to: range.to } : null,
  };
}

/** Whether the answer is the one asked for (the hub echoes what it grouped and measured). */
function answers(answer: StatisticsAnswer, asked: Definition): boolean {
  return (
    answer.source === asked.source &&
    JSON.stringify(answer.groupBy) === JSON.stringify(asked.groupBy) &&
    (answer.period ?? null) === (asked.period ?? null) &&
    JSON.stringify(answer.measures) === JSON.stringify(asked.measures)
  );
}

const options = <C extends string>(codes: readonly C[], names: Record<C, string>) =>
  codes.map((code) => ({ label: names[code], value: code }));

/**
 * 统计报表 (§4(1)4 statistics, `statistics(...)`): the statistician builds a table — what is counted (统计对象),
 * grouped by what (分组), over which dates and by which period (统计期间, 周期), with which measures (统计指标)
 * — sees it as the hub computes it, as a table and a bar chart, and exports it to XLSX or CSV, following the
 * export job to its download link.
 */
export function StatisticsScreen({ token }: { token: string }) {
  const [form, setForm] = useState<Form>(FIRST_FORM);
  const [asked, setAsked] = useState<Definition>(() => definitionOf(FIRST_FORM, new Date()));
  const [round, setRound] = useState(0);
  const { data, error } = useHubQuery(StatisticsDocument, asked, token, round);
  const answer = data && answers(data.statistics, asked) ? data.statistics : null;
  const allowed = SOURCE_OPTIONS[form.source];

  function change(next: Partial<Form>) {
    setForm((previous) => {
      const merged = { ...previous, ...next };
      return { ...merged, ...fitToSource(merged.source, merged.groupBy, merged.measures) };
    });
  }

  function ask() {
    setAsked(definitionOf(form, new Date()));
    setRound((r) => r + 1);
  }

  return (
    <div className="statistics" data-testid="statistics">
      <div className="section-head">
        <span>统计条件</span>
      </div>
      <div className="statistics-form">
        <div className="field-label">统计对象</div>
        <Selector
          data-testid="statistics-source"
          columns={3}
          options={options(Object.keys(SOURCE_OPTIONS) as LedgerSource[], LEDGER_SOURCE)}
          value={[form.source]}
          onChange={([source]) => source && change({ source })}
        />
        <div className="field-label">分组（最多 {MAX_DIMENSIONS} 项，按选择顺序）</div>
        <Selector
          data-testid="statistics-group-by"
          columns={3}
          multiple
          options={options(allowed.dimensions, LEDGER_DIMENSION).map((o) => ({
            ...o,
            disabled: form.groupBy.length >= MAX_DIMENSIONS && !form.groupBy.includes(o.value),
          }))}
          value={form.groupBy}
          // Kept in the order chosen: the table's columns follow it.
          onChange={(values) =>
            change({ groupBy: [...form.groupBy.filter((d) => values.includes(d)), ...values.filter((d) => !form.groupBy.includes(d))] })
          }
        />
        <div className="field-label">统计期间</div>
        <Selector
          data-testid="statistics-range"
          columns={4}
          options={RANGE_PRESETS.map((p) => ({ label: p.label, value: p.value }))}
          value={[form.range]}
          onChange={([range]) => range && change({ range })}
        />
        <div className="field-label">周期</div>
        <Selector
          data-testid="statistics-period"
          columns={5}
          options={[{ label: '不分', value: NO_PERIOD }, ...options(Object.keys(LEDGER_PERIOD) as LedgerPeriod[], LEDGER_PERIOD)]}
          value={[form.period ?? NO_PERIOD]}
          onChange={([period]) => period && change({ period: period === NO_PERIOD ? null : period })}
        />
        <div className="field-label">统计指标</div>
        <Selector
          data-testid="statistics-measures"
          columns={3}
          multiple
          options={options(allowed.measures, LEDGER_MEASURE)}
          value={form.measures}
          onChange={(values) => values.length && change({ measures: allowed.measures.filter((m) => values.includes(m)) })}
        />
        <Button block color="primary" className="statistics-ask" onClick={ask}>
          统计
        </Button>
      </div>

      {error ? <ErrorNotice error={error} /> : null}
      {!answer && !error ? <div className="loading">统计中…</div> : null}
      {answer ? <StatisticsResult answer={answer} asked={asked} token={token} /> : null}
    </div>
  );
}

function StatisticsResult({ answer, asked, token }: { answer: StatisticsAnswer; asked: Definition; token: string }) {
  const table = useMemo(() => tableOf(answer), [answer]);
  const [measure, setMeasure] = useState(0);
  const chosen = Math.min(measure, answer.measures.length - 1);
  const chart = useMemo(() => chartOption(answer, chosen), [answer, chosen]);
  const keyCount = answer.groupBy.length + (answer.period ? 1 : 0);
  const empty = keyCount > 0 && table.rows.length === 0;

  return (
    <>
      <div className="section-head">
        <span>
          {enumName(LEDGER_SOURCE, answer.source)}统计（{table.rows.length} 组）
        </span>
        <span className="muted">{rangeText({ from: asked.filter?.from ?? undefined, to: asked.filter?.to ?? undefined })}</span>
      </div>
      {empty ? (
        <Empty description="所选期间内没有符合条件的记录" />
      ) : (
        <>
          <div className="statistics-table-box">
            <table className="statistics-table" data-testid="statistics-table">
              <thead>
                <tr>
                  {table.headers.map((header, i) => (
                    <th key={header} className={i >= keyCount ? 'number' : undefined}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, TABLE_ROWS).map((row) => (
                  <tr key={row.key} data-testid="statistics-row">
                    {row.groups.map((cell, i) => (
                      <td key={`g${i}`}>{cell}</td>
                    ))}
                    {row.values.map((cell, i) => (
                      <td key={`m${i}`} className="number">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="statistics-totals">
                  {keyCount > 0 ? <th colSpan={keyCount}>合计</th> : null}
                  {table.totals.map((cell, i) => (
                    <td key={i} className="number">
                      {cell}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          {table.rows.length > TABLE_ROWS ? <div className="hint">仅显示前 {TABLE_ROWS} 组，全部分组请导出。</div> : null}

          <div className="section-head">
            <span>统计图</span>
            {answer.measures.length > 1 ? (
              <Selector
                className="chart-measure"
                options={answer.measures.map((m, i) => ({ label: enumName(LEDGER_MEASURE, m), value: i }))}
                value={[chosen]}
                onChange={([i]) => i !== undefined && setMeasure(i)}
              />
            ) : null}
          </div>
          <Chart
            option={chart.option}
            height={chart.height}
            testId="statistics-chart"
            label={`${table.headers[keyCount + chosen] ?? ''}按分组的柱状图`}
          />
          {table.rows.length > chart.shown ? <div className="hint">图中为前 {chart.shown} 组。</div> : null}
        </>
      )}
      <ExportPanel key={JSON.stringify(asked)} asked={asked} token={token} />
    </>
  );
}

/** 导出: the table on screen as a file, written by the hub's export job; its progress, then its link. */
function ExportPanel({ asked, token }: { asked: Definition; token: string }) {
  const [format, setFormat] = useState<ExportFormat>('XLSX');
  const [job, setJob] = useState<ExportJobState | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const following = useRef<AbortController | null>(null);

  useEffect(() => () => following.current?.abort(), []);

  async function start() {
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    setBusy(true);
    setError(null);
    setLink(null);
    try {
      const { requestExport } = await request(RequestStatisticsExportDocument, { input: { format, statistics: asked } }, { token });
      if (controller.signal.aborted) return;
      setJob(requestExport);
      const final = await followExportJob(
        async () => (await request(ExportJobDocument, { id: requestExport.id }, { token })).exportJob,
        (next) => setJob(next),
        { signal: controller.signal },
      );
      if (final?.status === 'DONE') {
        const { exportDownloadUrl } = await request(ExportDownloadDocument, { id: final.id }, { token });
        if (!controller.signal.aborted) setLink(exportDownloadUrl);
      }
    } catch (caught) {
      if (!controller.signal.aborted) setError(caught);
    } finally {
      if (!controller.signal.aborted) setBusy(false);
    }
  }

  const extension = (job?.format ?? format).toLowerCase();
  return (
    <div className="statistics-export" data-testid="statistics-export">
      <div className="section-head">
        <span>导出</span>
      </div>
      <Selector
        columns={2}
        options={options(['XLSX', 'CSV'] as ExportFormat[], EXPORT_FORMAT)}
        value={[format]}
        onChange={([next]) => next && setFormat(next)}
        disabled={busy}
      />
      <Button block color="primary" fill="outline" className="statistics-ask" loading={busy} disabled={busy} onClick={() => void start()}>
        导出
      </Button>
      {job ? (
        <div className="export-progress" data-testid="export-progress">
          <ProgressBar percent={progressPercent(job)} text />
          <div role="status" data-testid="export-status">
            {progressText(job, enumName(EXPORT_STATUS, job.status))}
          </div>
          {job.status === 'FAILED' ? <div className="danger">失败原因：{job.error ?? '未说明'}</div> : null}
        </div>
      ) : null}
      {link ? (
        <div className="export-link">
          <a href={link.url} target="_blank" rel="noopener noreferrer" data-testid="export-link">
            下载 {job?.title ?? '统计'}.{extension}
          </a>
          <div className="hint">
            链接有效至 {new Date(link.expiresAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
          </div>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
