import ExcelJS from 'exceljs';
import { Role } from '@hub/shared-schema';
import { onlyError, startTestApp, TestApp } from '../utils/test-app';

const IMPORT = `mutation($format: CatalogFileFormat!, $content: String!) { importDevolvedMatters(format: $format, content: $content) {
  imported rejected rows { row code field error } } }`;
const HEADER = ['事项编码', '事项名称', '法律依据', '监管类别', '原主管部门', '承接镇街', '生效日期', '失效日期'];

describe('devolved matter catalog (e2e)', () => {
  let hub: TestApp;
  let admin: string;
  beforeAll(async () => {
    hub = await startTestApp();
    admin = await hub.userToken([Role.ADMIN], 'joint-meeting-office');
  });
  afterAll(() => hub.close());

  it("imports the city's CSV with Chinese headers, keeping valid rows and naming the bad ones", async () => {
    const csv = [
      HEADER.join(','),
      'ZY-001,未经批准占用土地建设的处罚,《中华人民共和国土地管理法》第七十七条,应批未批,晋江市自然资源局,青阳街道、安海镇,2021-07-01,',
      'CG-001,擅自占用城市道路的处罚,《城市道路管理条例》第四十二条,禁止类,dept-urban-management,"梅岭;西园",2021-07-01,2030-12-31',
      'CG-002,无效类别,某法,可能,dept-urban-management,青阳街道,2021-07-01,',
      'CG-003,不存在的镇,某法,其他,dept-urban-management,火星镇,2021-07-01,',
      'CG-004,部门不存在,某法,其他,晋江市月球局,青阳街道,2021-07-01,',
      'CG-001,重复,某法,其他,dept-urban-management,青阳街道,2021-07-01,',
    ].join('\r\n');
    const result = (await hub.gql(IMPORT, { format: 'CSV', content: `\uFEFF${csv}` }, { credential: admin })).data!.importDevolvedMatters;
    expect([result.imported, result.rejected]).toEqual([2, 4]);
    expect(result.rows.filter((r: any) => r.error).map((r: any) => [r.row, r.field])).toEqual([
      [4, 'regulationClass'],
      [5, 'townshipCodes'],
      [6, 'sourceDepartmentCode'],
      [7, 'code'],
    ]);
    const matters = (
      await hub.gql(
        '{ devolvedMatters { code regulationClass sourceDepartmentCode townshipCodes effectiveTo } }',
        {},
        { credential: admin },
      )
    ).data!.devolvedMatters;
    expect(matters).toEqual([
      {
        code: 'CG-001',
        regulationClass: 'PROHIBITED',
        sourceDepartmentCode: 'dept-urban-management',
        townshipCodes: ['350582002', '350582003'],
        effectiveTo: '2030-12-31',
      },
      {
        code: 'ZY-001',
        regulationClass: 'UNLICENSED',
        sourceDepartmentCode: 'dept-natural-resources',
        townshipCodes: ['350582001', '350582101'],
        effectiveTo: null,
      },
    ]);
  });

  it('imports an XLSX workbook and replaces an entry on re-import', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('赋权事项清单');
    sheet.addRow(HEADER);
    sheet.addRow([
      'ZY-001',
      '未经批准占用土地建设的处罚',
      '《土地管理法》第七十七条',
      '应批未批',
      'dept-natural-resources',
      '深沪镇',
      new Date(Date.UTC(2022, 0, 1)),
      null,
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = (await hub.gql(IMPORT, { format: 'XLSX', content }, { credential: admin })).data!.importDevolvedMatters;
    expect(result).toMatchObject({ imported: 1, rejected: 0 });
    const who = await hub.gql(
      '{ whoHandles(matterCode: "ZY-001", townshipCode: "350582105") { devolved unit { name } matter { effectiveFrom } } }',
      {},
      { credential: admin },
    );
    expect(who.data!.whoHandles).toEqual({ devolved: true, unit: { name: '深沪镇' }, matter: { effectiveFrom: '2022-01-01' } });
    const before = await hub.gql(
      '{ whoHandles(matterCode: "ZY-001", townshipCode: "350582001") { devolved unit { code } } }',
      {},
      { credential: admin },
    );
    expect(before.data!.whoHandles).toEqual({ devolved: false, unit: { code: 'dept-natural-resources' } });
  });

  it('refuses an unreadable file and non-admins', async () => {
    const garbage = await hub.gql(
      IMPORT,
      { format: 'XLSX', content: Buffer.from('not a workbook').toString('base64') },
      { credential: admin },
    );
    expect(onlyError(garbage).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'content' });
    const officer = await hub.userToken([Role.OFFICER], '350582001');
    expect(onlyError(await hub.gql(IMPORT, { format: 'CSV', content: HEADER.join(',') }, { credential: officer })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      onlyError(await hub.gql('{ whoHandles(matterCode: "NOPE", townshipCode: "350582001") { devolved } }', {}, { credential: officer }))
        .extensions,
    ).toEqual({ code: 'NOT_FOUND', field: 'matterCode' });
  });
});
