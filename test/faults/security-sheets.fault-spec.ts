import { Role } from '@hub/shared-schema';
import { startTestApp, TestApp } from '../utils/test-app';
import { eventually } from '../utils/wait';
import { readXlsxXml } from '../utils/xlsx-xml';
import { recordAttacks } from './fault-figures';

const SAVE = `mutation($input: SavedReportInput!) { saveReport(input: $input) { id } }`;
const LIST = `query { savedReports { id name runs { exportJobId status } } }`;
const DOWNLOAD = `query($id: ID!) { exportDownloadUrl(id: $id) { url } }`;

/**
 * Report names a unit may choose, which now name the sheet and the file a browser saves:
 * path separators, characters Excel refuses in a sheet name, a header injection in the download's
 * Content-Disposition, a reserved sheet name, apostrophes Excel refuses at a sheet name's ends, a
 * formula start, and a name far past Excel's 31 characters.
 */
const NAMES = [
  '../../etc/passwd',
  '..\\..\\windows\\system32',
  '月报[汇总]:*?/\\',
  '报表"; filename="evil.exe',
  '报表\r\nX-Injected: 1',
  'History',
  "'各镇街处罚月报'",
  '=HYPERLINK("http://evil.example/")',
  '各镇街'.repeat(33),
];
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const FORBIDDEN_IN_FILE = /[\\/:*?"<>|\u0000-\u001f]/;
// eslint-disable-next-line no-control-regex -- likewise
const FORBIDDEN_IN_SHEET = /[[\]:*?/\\\u0000-\u001f]/;

describe('security: export file and sheet names (fault)', () => {
  let hub: TestApp;
  let statistician: string;

  beforeAll(async () => {
    hub = await startTestApp({ REPORT_POLL_MS: '100' });
    statistician = await hub.userToken([Role.STATISTICIAN], 'dept-justice');
  });
  afterAll(() => hub.close());

  it('names every file and sheet safely, whatever the report is called, or refuses the name', async () => {
    const mishandled: string[] = [];
    const saved: Array<{ name: string; id: string }> = [];
    for (const name of NAMES) {
      const answer = await hub.gql(
        SAVE,
        { input: { name, ledger: { source: 'PENALTY', groupBy: ['TOWNSHIP'], measures: ['COUNT'] }, format: 'XLSX', schedule: 'MONTHLY' } },
        { credential: statistician },
      );
      if (answer.errors) {
        // A refusal is a fine answer, as long as it is the caller's fault it names.
        if (answer.errors[0].extensions?.code !== 'BAD_USER_INPUT')
          mishandled.push(`${JSON.stringify(name)}: ${answer.errors[0].extensions?.code}`);
        continue;
      }
      saved.push({ name, id: answer.data!.saveReport.id as string });
    }
    // As if each had been due since the 1st of this month: each runs once, for last month.
    await hub.sql(`UPDATE saved_report SET next_run_at = now() - interval '1 minute'`);
    const reports = await eventually(
      async () =>
        (await hub.gql(LIST, {}, { credential: statistician })).data!.savedReports as Array<{
          id: string;
          runs: Array<{ exportJobId: string; status: string }>;
        }>,
      (list) =>
        list.length === saved.length &&
        list.every((r) => r.runs.length > 0 && r.runs.every((run) => run.status === 'DONE' || run.status === 'FAILED')),
      30_000,
    );
    for (const { name, id } of saved) {
      const run = reports.find((r) => r.id === id)!.runs[0];
      if (run.status !== 'DONE') {
        mishandled.push(`${JSON.stringify(name)}: export ${run.status}`);
        continue;
      }
      const link = await hub.gql(DOWNLOAD, { id: run.exportJobId }, { credential: statistician });
      const file = await fetch(link.data!.exportDownloadUrl.url as string);
      const disposition = file.headers.get('content-disposition') ?? '';
      const savedAs = decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(disposition)?.[1] ?? '');
      const xlsx = await readXlsxXml(await file.arrayBuffer());
      const problems = [
        file.status !== 200 && `status ${file.status}`,
        file.headers.get('x-injected') !== null && 'header injected',
        !/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/.test(disposition) && `disposition ${disposition}`,
        (FORBIDDEN_IN_FILE.test(savedAs) || !savedAs.endsWith('.xlsx') || savedAs.length < 6) && `file ${JSON.stringify(savedAs)}`,
        (FORBIDDEN_IN_SHEET.test(xlsx.sheetName) ||
          xlsx.sheetName.length > 31 ||
          /^'|'$/.test(xlsx.sheetName) ||
          xlsx.sheetName.toLowerCase() === 'history' ||
          !xlsx.sheetName) &&
          `sheet ${JSON.stringify(xlsx.sheetName)}`,
        xlsx.cells.get('A1')?.value !== '镇街' && 'header row',
      ].filter(Boolean);
      if (problems.length) mishandled.push(`${JSON.stringify(name)}: ${problems.join(', ')}`);
    }
    recordAttacks('security: export file and sheet names', { tried: NAMES.length, mishandled: mishandled.length });
    expect(mishandled).toEqual([]);
    expect(saved.length).toBeGreaterThan(NAMES.length / 2); // most names are accepted, and so really tried
  }, 60_000);
});
