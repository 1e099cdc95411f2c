import { parseColumnMapping, RowMapper } from './column-mapping';

const HEADER = ['sourceId', '许可类别', '许可证号', '持证人', '统一社会信用代码', '事项编码', '有效期起', '有效期止', '状态', '决定日期'];
const ROW = ['SCJG-1', '行政许可', 'JY1', '华丰五金店', '91350582MA2YQJKT5X', 'SCJG-001', '2024/1/1', '', '有效', '2024-01-01'];

describe('RowMapper', () => {
  it('knows the field names and the Chinese labels without a mapping file', () => {
    const mapper = new RowMapper('licensing', [...HEADER, '备注']);
    expect(mapper.ignoredHeaders).toEqual(['备注']);
    expect(mapper.map([...ROW, 'x'])).toEqual({
      sourceId: 'SCJG-1',
      problems: [],
      record: {
        sourceId: 'SCJG-1',
        kind: 'LICENCE',
        licenceNumber: 'JY1',
        holderName: '华丰五金店',
        holderUscc: '91350582MA2YQJKT5X',
        matterCode: 'SCJG-001',
        validFrom: '2024-01-01',
        status: 'VALID',
        decisionDate: '2024-01-01',
      },
    });
  });

  it("maps a department's own columns, constants and values", () => {
    const mapping = parseColumnMapping({
      category: 'licensing',
      columns: {
        办件编号: 'sourceId',
        企业名称: 'holderName',
        信用代码: 'holderUscc',
        证书编号: 'licenceNumber',
        发证日期: 'decisionDate',
        起始日期: 'validFrom',
        证照状态: 'status',
        状态: null,
      },
      constants: { kind: 'LICENCE', matterCode: 'SCJG-001' },
      values: { status: { 正常: 'VALID', 注销: 'REVOKED' } },
    });
    const mapper = new RowMapper(
      'licensing',
      ['办件编号', '企业名称', '信用代码', '证书编号', '发证日期', '起始日期', '证照状态', '状态'],
      mapping,
    );
    expect(mapper.ignoredHeaders).toEqual([]); // 状态 is ignored on purpose (null), not a typo to warn about
    expect(mapper.map(['B-1', '顺昌商行', '91350582MA2YQJKT5X', 'JY2', '2025年3月1日', '2025-03-01', '注销', '有效']).record).toEqual({
      sourceId: 'B-1',
      holderName: '顺昌商行',
      holderUscc: '91350582MA2YQJKT5X',
      licenceNumber: 'JY2',
      decisionDate: '2025-03-01',
      validFrom: '2025-03-01',
      status: 'REVOKED',
      kind: 'LICENCE',
      matterCode: 'SCJG-001',
    });
  });

  it('reports every field a row cannot give, by the column as the file names it, without sending it', () => {
    const mapper = new RowMapper('licensing', HEADER);
    const row = [...ROW];
    row[3] = '';
    row[4] = '91350582MA2YQJKT51';
    row[8] = '注销';
    expect(mapper.map(row).problems).toEqual([
      { field: 'holderName', column: '持证人', message: '必填，不能为空' },
      {
        field: 'holderUscc',
        column: '统一社会信用代码',
        message: '“91350582MA2YQJKT51”不是有效的统一社会信用代码（18 位，末位校验码须正确）',
      },
      {
        field: 'status',
        column: '状态',
        message: '“注销”不是可选值，应为：有效/正常（VALID）、暂扣/中止（SUSPENDED）、撤销/吊销（REVOKED）',
      },
    ]);
  });

  it("reads the hub's own export back: its headers, town names, and no warning for the publisher column", () => {
    const header = [
      '许可证编号',
      '许可类别',
      '持证主体',
      '统一社会信用代码',
      '事项编码',
      '许可范围',
      '镇街',
      '有效期起',
      '有效期至',
      '状态',
      '决定日期',
      '发布单位',
      '来源编号',
    ];
    const mapper = new RowMapper('licensing', header);
    expect(mapper.ignoredHeaders).toEqual([]);
    const { record, problems } = mapper.map([
      'JY1',
      'LICENCE',
      '华丰五金店',
      '91350582MA2YQJKT5X',
      'SCJG-001',
      '',
      '青阳街道',
      '2024-01-01',
      '',
      'VALID',
      '2024-01-01',
      'dept-market-regulation',
      'S-1',
    ]);
    expect([problems, record.townshipCode, record.sourceId]).toEqual([[], '350582001', 'S-1']);
  });

  it('splits list cells and maps their items', () => {
    const mapping = parseColumnMapping({
      values: { penaltyKinds: { 罚: '罚款' } },
      constants: { measureKind: 'PENALTY', executionStatus: '执行完毕' },
    });
    const mapper = new RowMapper(
      'penalty',
      ['sourceId', '决定书文号', '当事人', '事项编码', '违法事实', '处罚依据', '处罚种类', '罚款金额', '决定日期'],
      mapping,
    );
    const { record, problems } = mapper.map([
      'P-1',
      '晋青综执罚〔2026〕1号',
      '张三',
      'SCJG-001',
      '无证经营',
      '第一百二十二条',
      '警告、罚',
      '5,000',
      '2026-01-02',
    ]);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      penaltyKinds: ['警告', '罚款'],
      fineAmount: '5000',
      measureKind: 'PENALTY',
      executionStatus: 'EXECUTED',
    });
  });

  it('stops at a file that cannot give a required field, naming its headers', () => {
    expect(
      () =>
        new RowMapper(
          'licensing',
          HEADER.filter((h) => h !== '持证人'),
        ),
    ).toThrow('缺少必填字段的列 no column for required field: holderName（持证人/持证主体）');
  });

  it('stops at mapping mistakes', () => {
    expect(() => new RowMapper('licensing', HEADER, parseColumnMapping({ columns: { 名称: 'holdername' } }))).toThrow(
      'licensing has no field "holdername"',
    );
    expect(() => new RowMapper('licensing', HEADER, parseColumnMapping({ constants: { kind: '许可证' } }))).toThrow(
      'constants["kind"]: “许可证”不是可选值',
    );
    expect(() => new RowMapper('licensing', HEADER, parseColumnMapping({ category: 'penalty' }))).toThrow(
      'the mapping file is for category penalty, not licensing',
    );
    expect(() => new RowMapper('licensing', [...HEADER, '企业名称'], parseColumnMapping({ columns: { 企业名称: 'holderName' } }))).toThrow(
      '“持证人”和“企业名称”两列都是字段 holderName',
    );
    expect(() => parseColumnMapping({ column: {} })).toThrow('unknown key column');
    expect(() => parseColumnMapping({ values: { status: { 正常: 1 } } })).toThrow('"values" must map');
  });
});
