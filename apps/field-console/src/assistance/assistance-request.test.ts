import { describe, expect, it } from 'vitest';
import { type AssistanceDraft, checkDraft, counterparty, EMPTY_DRAFT, offeredActions, readyToSend } from './assistance-request';

const TOWN = '350582001';
const MARKET = 'dept-market-regulation';
const NOW = new Date('2026-03-02T02:00:00Z');
const draft = (over: Partial<AssistanceDraft>): AssistanceDraft => ({
  ...EMPTY_DRAFT,
  requestedUnitCode: MARKET,
  subject: '冷食类食品抽检意见',
  details: '请对现场扣押的冷食类食品出具专业意见',
  ...over,
});

describe('发起协助请求: the draft checked before it is sent', () => {
  it('sends a technical opinion with trimmed text and its flags', () => {
    expect(checkDraft(draft({ subject: '  冷食类食品抽检意见 ', evidenceAtRisk: true }), TOWN, NOW)).toEqual({
      input: {
        kind: 'TECHNICAL_OPINION',
        requestedUnitCode: MARKET,
        subject: '冷食类食品抽检意见',
        details: '请对现场扣押的冷食类食品出具专业意见',
        evidenceAtRisk: true,
        urgent: false,
      },
    });
  });

  it('says what is missing first, in the order of the form', () => {
    expect(checkDraft(draft({ kind: null }), TOWN, NOW)).toEqual({ problem: '请选择协助类型' });
    expect(checkDraft(draft({ requestedUnitCode: null }), TOWN, NOW)).toEqual({ problem: '请选择被请求单位' });
    expect(checkDraft(draft({ requestedUnitCode: TOWN }), TOWN, NOW)).toEqual({ problem: '不能向本单位发起协助请求' });
    expect(checkDraft(draft({ subject: '   ' }), TOWN, NOW)).toEqual({ problem: '请填写事由' });
    expect(checkDraft(draft({ details: '' }), TOWN, NOW)).toEqual({ problem: '请填写详细说明' });
  });

  it('police support needs the place and a time still to come (§4(5))', () => {
    const police = (over: Partial<AssistanceDraft>) => checkDraft(draft({ kind: 'POLICE_SUPPORT', urgent: true, ...over }), TOWN, NOW);
    expect(police({ place: '' })).toEqual({ problem: '请填写执法行动地点' });
    expect(police({ place: '青阳街道梅岭路', actionAt: '' })).toEqual({ problem: '请填写执法行动时间' });
    expect(police({ place: '青阳街道梅岭路', actionAt: '2026-03-01T09:00:00Z' })).toEqual({ problem: '执法行动时间应晚于当前时间' });
    const checked = police({ place: ' 青阳街道梅岭路 ', actionAt: '2026-03-03T01:30:00Z' });
    expect(checked).toEqual({
      input: expect.objectContaining({
        kind: 'POLICE_SUPPORT',
        place: '青阳街道梅岭路',
        actionAt: '2026-03-03T01:30:00.000Z',
        urgent: true,
      }),
    });
  });

  it('a data request needs the ledger kind and a period the hub reads (§4(1)4)', () => {
    const data = (over: Partial<AssistanceDraft>) => checkDraft(draft({ kind: 'DATA_REQUEST', ...over }), MARKET, NOW);
    expect(data({ requestedUnitCode: TOWN })).toEqual({ problem: '请选择台账类型' });
    for (const bad of ['', '26', '2026-Q5', '2026-13', '2026-3'])
      expect(data({ requestedUnitCode: TOWN, ledgerKind: 'INDICATOR', period: bad })).toEqual({
        problem: '期间格式应为 2026、2026-Q1 或 2026-03',
      });
    for (const good of ['2026', '2026-Q1', '2026-03'])
      expect(data({ requestedUnitCode: TOWN, ledgerKind: 'WORK_SUMMARY', period: good })).toEqual({
        input: expect.objectContaining({ ledgerKind: 'WORK_SUMMARY', period: good }),
      });
  });
});

describe('the actions on a request', () => {
  it('offers only what the hub allows, in the screen order', () => {
    expect(offeredActions(['withdraw', 'answer', 'recordOnSite', 'extend']).map((a) => a.label)).toEqual(['出具意见', '撤回']);
    expect(offeredActions(['close']).map((a) => a.label)).toEqual(['办结']);
    expect(offeredActions([])).toEqual([]);
  });

  it('an opinion and a withdrawal need text, documents a file, a refusal its legal ground and explanation (§5(1))', () => {
    expect(readyToSend('NOTHING', '', null)).toBe(true);
    expect(readyToSend('DOCUMENTS', '说明', null, 0)).toBe(false);
    expect(readyToSend('DOCUMENTS', '', null, 1)).toBe(true);
    expect(readyToSend('OPINION', '  ', null)).toBe(false);
    expect(readyToSend('OPINION', '符合标准', null)).toBe(true);
    expect(readyToSend('REASON', '', null)).toBe(false);
    expect(readyToSend('GROUND_AND_NOTE', '涉密', null)).toBe(false);
    expect(readyToSend('GROUND_AND_NOTE', '', 'STATE_SECRET')).toBe(false);
    expect(readyToSend('GROUND_AND_NOTE', '涉密', 'STATE_SECRET')).toBe(true);
  });

  it('names the other unit as my unit sees it', () => {
    const request = { requestingUnitCode: TOWN, requestedUnitCode: MARKET };
    expect(counterparty(request, TOWN)).toEqual({ sent: true, label: '被请求方', unitCode: MARKET });
    expect(counterparty(request, MARKET)).toEqual({ sent: false, label: '请求方', unitCode: TOWN });
  });
});
