import { useState } from 'react';
import { Button, Card, DotLoading, Empty, Input, List, Selector, Tag } from 'antd-mobile';
import { request } from '../api/client';
import { PartyProfileDocument, PermitStatusDocument } from '../api/documents';
import { useUnitName } from '../api/units';
import { ErrorNotice } from '../components/ErrorNotice';
import { MaskedValue } from '../components/MaskedValue';
import type { ConsolePartyProfileQuery, ConsolePermitStatusQuery, LicenceStatus } from '../gql/graphql';
import {
  COMPLAINT_CHANNEL,
  COMPLAINT_STATUS,
  enumName,
  EXECUTION_STATUS,
  LICENCE_STATUS,
  LICENSING_KIND,
  MEASURE_KIND,
  PERMIT_REASON,
  TRANSFER_STATE,
} from '../i18n/enums';
import { detectKind, profileArguments, SEARCH_KINDS, type SearchKind, validateQuery } from '../party/search-kind';
import { type TransferDraft, TransferForm } from './TransferForm';
import { dateTime } from '../i18n/dates';

type Profile = ConsolePartyProfileQuery['partyProfile'];
type PermitCheck = {
  uscc: string;
  matterCode: string;
  matterName: string;
  result: ConsolePermitStatusQuery['permitStatus'] | null;
  error: unknown;
};

const STATUS_COLOR: Record<LicenceStatus, 'success' | 'danger' | 'warning' | 'default'> = {
  VALID: 'success',
  REVOKED: 'danger',
  SUSPENDED: 'warning',
  EXPIRED: 'default',
  WITHDRAWN: 'default',
};

/** Permit checks asked for at once at most: a name search may match many holders. */
const MAX_PERMIT_CHECKS = 6;

/**
 * 许可核验 (the town officer's screen): find a party by USCC, ID number or name and see, in one screen,
 * whether a valid licence covers each of its matters today, its past penalties, open complaints and
 * open transfers, masked as the hub masks them for this officer.
 */
export function PermitCheckScreen({ token, unitCode, displayName }: { token: string; unitCode: string; displayName: string }) {
  const unitName = useUnitName();
  const [transfer, setTransfer] = useState<TransferDraft | null>(null);
  const [kind, setKind] = useState<SearchKind>('USCC');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [checks, setChecks] = useState<PermitCheck[]>([]);

  const suggested = text.trim() ? detectKind(text) : null;

  async function search() {
    const problem = validateQuery(kind, text);
    setInvalid(problem);
    if (problem) return;
    setBusy(true);
    setError(null);
    setProfile(null);
    setChecks([]);
    try {
      const { partyProfile } = await request(PartyProfileDocument, profileArguments(kind, text), { token });
      setProfile(partyProfile);
      const pairs = new Map<string, { uscc: string; matterCode: string; matterName: string }>();
      for (const licence of partyProfile.licences) {
        if (!licence.holderUscc || licence.holderUscc.includes('*')) continue;
        const key = `${licence.holderUscc}|${licence.matterCode}`;
        if (!pairs.has(key)) {
          pairs.set(key, {
            uscc: licence.holderUscc,
            matterCode: licence.matterCode,
            matterName: licence.matter?.name ?? licence.matterCode,
          });
        }
      }
      const results = await Promise.all(
        [...pairs.values()].slice(0, MAX_PERMIT_CHECKS).map(async (pair): Promise<PermitCheck> => {
          try {
            const { permitStatus } = await request(PermitStatusDocument, { uscc: pair.uscc, matterCode: pair.matterCode }, { token });
            return { ...pair, result: permitStatus, error: null };
          } catch (caught) {
            return { ...pair, result: null, error: caught };
          }
        }),
      );
      setChecks(results);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const current = SEARCH_KINDS.find((k) => k.kind === kind)!;
  return (
    <div className="permit-check">
      <Card title="当事人查询" className="search-card">
        <Selector
          aria-label="查询方式"
          columns={3}
          options={SEARCH_KINDS.map((k) => ({ label: k.label, value: k.kind }))}
          value={[kind]}
          onChange={(values) => {
            if (values[0]) setKind(values[0]);
            setInvalid(null);
          }}
        />
        <div className="search-row">
          <Input
            aria-label={current.label}
            className="search-input"
            placeholder={current.placeholder}
            value={text}
            onChange={(value) => {
              setText(value);
              setInvalid(null);
            }}
            onEnterPress={() => void search()}
            clearable
          />
          <Button color="primary" loading={busy} loadingText="查询中" onClick={() => void search()}>
            查询
          </Button>
        </div>
        {suggested && suggested !== kind && !invalid ? (
          <div className="hint">
            看起来是{SEARCH_KINDS.find((k) => k.kind === suggested)!.label}，
            <a role="button" onClick={() => setKind(suggested)}>
              改用此方式
            </a>
          </div>
        ) : null}
        {invalid ? (
          <div className="invalid" role="alert">
            {invalid}
          </div>
        ) : null}
        {kind === 'ID_NUMBER' ? <div className="hint">按身份证号查询计入每小时查询次数限额。</div> : null}
      </Card>

      {busy ? (
        <div className="loading">
          正在查询
          <DotLoading />
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {profile ? (
        <ProfileView
          profile={profile}
          checks={checks}
          unitName={unitName}
          // A town officer's own township unless the licence names one; a department's officer needs the licence's.
          onTransfer={(licence) => {
            const townshipCode = licence.townshipCode ?? (/^\d{9}$/.test(unitCode) ? unitCode : null);
            if (!townshipCode) return;
            setTransfer({
              matterCode: licence.matterCode,
              matterName: licence.matter?.name ?? licence.matterCode,
              partyName: licence.holderName,
              partyUscc: licence.holderUscc && !licence.holderUscc.includes('*') ? licence.holderUscc : null,
              townshipCode,
            });
          }}
        />
      ) : null}
      <TransferForm draft={transfer} token={token} contactName={displayName} onClose={() => setTransfer(null)} />
    </div>
  );
}

type Licence = Profile['licences'][number];

function ProfileView({
  profile,
  checks,
  unitName,
  onTransfer,
}: {
  profile: Profile;
  checks: PermitCheck[];
  unitName: (code: string) => string;
  onTransfer: (licence: Licence) => void;
}) {
  const nothing = !profile.licences.length && !profile.penalties.length && !profile.openComplaints.length && !profile.openTransfers.length;
  return (
    <div className="profile" data-testid="party-profile">
      <Card title="当事人">
        <div className="party-names">{profile.names.length ? profile.names.join('、') : '未找到该当事人的记录'}</div>
        <div className="muted">查询条件：{profile.query}</div>
      </Card>
      {nothing ? <Empty description="数据枢纽中暂无该当事人的许可、处罚、投诉或移送记录" /> : null}

      {checks.length ? (
        <List header="今日许可核验">
          {checks.map((check) => (
            <List.Item
              key={`${check.uscc}|${check.matterCode}`}
              description={check.result ? check.result.reason : check.error ? <ErrorNotice error={check.error} /> : null}
              extra={
                check.result ? (
                  <Tag color={check.result.covered ? 'success' : 'danger'}>{enumName(PERMIT_REASON, check.result.reasonCode)}</Tag>
                ) : null
              }
            >
              {check.matterName}
            </List.Item>
          ))}
        </List>
      ) : null}

      <List header={`许可信息（${profile.licences.length}${profile.licencesPageInfo.hasNextPage ? '+' : ''}）`}>
        {profile.licences.map((licence) => (
          <List.Item
            key={licence.id}
            data-testid="licence"
            extra={
              <Tag color={STATUS_COLOR[licence.status]} data-testid={`licence-status-${licence.status}`}>
                {enumName(LICENCE_STATUS, licence.status)}
              </Tag>
            }
            description={
              <div className="details">
                <div>
                  {enumName(LICENSING_KIND, licence.kind)} · {licence.matter?.name ?? licence.matterCode}
                </div>
                <div>
                  有效期：{licence.validFrom} 至 {licence.validTo ?? '长期'}
                </div>
                {licence.scope ? <div>范围：{licence.scope}</div> : null}
                <div>
                  持有人：{licence.holderName}{' '}
                  {licence.holderUscc ? <MaskedValue value={licence.holderUscc} masked={licence.masked} /> : null}
                  {licence.holderIdNumber ? <MaskedValue value={licence.holderIdNumber} masked={licence.masked} /> : null}
                </div>
                <div>发布单位：{unitName(licence.publisherCode)}</div>
                <div className="licence-actions">
                  <Button size="mini" color="primary" fill="outline" onClick={() => onTransfer(licence)}>
                    发起移送
                  </Button>
                </div>
                {licence.revokedAt ? (
                  <div className="danger">
                    撤销时间：{dateTime(licence.revokedAt)}
                    {licence.revokeReason ? `，原因：${licence.revokeReason}` : ''}
                  </div>
                ) : null}
              </div>
            }
          >
            {licence.licenceNumber}
          </List.Item>
        ))}
      </List>

      <List header={`处罚记录（${profile.penalties.length}${profile.penaltiesPageInfo.hasNextPage ? '+' : ''}）`}>
        {profile.penalties.map((penalty) => (
          <List.Item
            key={penalty.id}
            extra={<Tag color="warning">{enumName(EXECUTION_STATUS, penalty.executionStatus)}</Tag>}
            description={
              <div className="details">
                <div>
                  {enumName(MEASURE_KIND, penalty.measureKind)} · {penalty.decisionDate} · {penalty.matter?.name ?? penalty.matterCode}
                </div>
                <div>
                  {penalty.penaltyKinds.join('、')}
                  {Number(penalty.fineAmount) > 0 ? `，罚款 ${penalty.fineAmount} 元` : ''}
                </div>
                <div>
                  当事人：{penalty.partyName}{' '}
                  {penalty.partyIdNumber ? <MaskedValue value={penalty.partyIdNumber} masked={penalty.masked} /> : null}
                </div>
                <div>违法事实：{penalty.facts}</div>
              </div>
            }
          >
            {penalty.decisionNumber}
          </List.Item>
        ))}
      </List>

      <List header={`未办结投诉举报（${profile.openComplaints.length}${profile.openComplaintsPageInfo.hasNextPage ? '+' : ''}）`}>
        {profile.openComplaints.map((complaint) => (
          <List.Item
            key={complaint.id}
            extra={<Tag color="primary">{enumName(COMPLAINT_STATUS, complaint.status)}</Tag>}
            description={
              <div className="details">
                <div>
                  {enumName(COMPLAINT_CHANNEL, complaint.channel)} · {dateTime(complaint.receivedAt)} · 承办：
                  {unitName(complaint.handlingUnitCode)}
                </div>
                <div>
                  反映人：
                  <MaskedValue value={complaint.reporterName} masked={complaint.masked} />{' '}
                  <MaskedValue value={complaint.reporterPhone} masked={complaint.masked} />
                </div>
              </div>
            }
          >
            {complaint.summary}
          </List.Item>
        ))}
      </List>

      <List header={`在办移送（${profile.openTransfers.length}）`}>
        {profile.openTransfers.map((transfer) => (
          <List.Item
            key={transfer.id}
            extra={<Tag color={transfer.overdue ? 'danger' : 'primary'}>{enumName(TRANSFER_STATE, transfer.state)}</Tag>}
            description={
              <div className="details">
                <div>
                  {unitName(transfer.senderUnitCode)} → {unitName(transfer.receiverUnitCode)}
                </div>
                <div>
                  当事人：{transfer.partyName}{' '}
                  {transfer.partyIdNumber ? (
                    <MaskedValue value={transfer.partyIdNumber} masked={transfer.partyIdNumber.includes('*')} />
                  ) : null}
                </div>
                {transfer.nextDueAt ? (
                  <div className={transfer.overdue ? 'danger' : undefined}>
                    {transfer.overdue ? '已逾期，期限：' : '办理期限：'}
                    {dateTime(transfer.nextDueAt)}
                  </div>
                ) : null}
              </div>
            }
          >
            {transfer.matterCode}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
