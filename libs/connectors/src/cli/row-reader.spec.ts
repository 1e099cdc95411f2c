import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRows, SheetRow, TextEncoding } from './row-reader';

describe('openRows (CSV)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-rows-'));
  const rowsOf = async (content: string | Buffer, encoding?: TextEncoding) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(path, content);
    const rows: SheetRow[] = [];
    for await (const row of openRows(path, encoding).rows) rows.push(row);
    return rows;
  };

  it('numbers rows as a spreadsheet shows them: a quoted line break stays in its row, blank lines count', async () => {
    expect(await rowsOf('\uFEFFsourceId,scope\r\nA-1,"食品销售\r\n散装食品"\r\n\r\nA-2,x\r\n')).toEqual([
      { number: 1, cells: ['sourceId', 'scope'] },
      { number: 2, cells: ['A-1', '食品销售\r\n散装食品'] },
      { number: 3, cells: [''] },
      { number: 4, cells: ['A-2', 'x'] },
    ]);
  });

  // 持证人 and 张三 as Excel on a Chinese Windows saves them.
  const gbk = Buffer.concat([Buffer.from('b3d6d6a4c8cb', 'hex'), Buffer.from('\n'), Buffer.from('d5c5c8fd', 'hex'), Buffer.from('\n')]);

  it('reads GBK text when told', async () => {
    expect((await rowsOf(gbk, 'gbk')).map((r) => r.cells)).toEqual([['持证人'], ['张三']]);
  });

  it('says what to do with a file that is not UTF-8', async () => {
    await expect(rowsOf(gbk)).rejects.toThrow('the file is not UTF-8 text: if Excel saved it in Chinese (GBK), pass --encoding gbk');
  });

  it('names the row a malformed CSV fails at', async () => {
    await expect(rowsOf('a,b\n1,2\n"3,4\n')).rejects.toThrow(/^cannot read the CSV file at row 3: /);
  });

  it('takes only CSV and XLSX files', () => {
    expect(() => openRows(join(dir, 'x.xls'))).toThrow('expected a .csv or .xlsx file');
  });
});
