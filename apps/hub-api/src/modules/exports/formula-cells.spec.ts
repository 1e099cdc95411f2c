import { neutraliseFormula } from './formula-cells';

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x","点击")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', "=cmd|' /C calc'!A0", '＝1+1', '-'])(
    'prefixes %j with a quote',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['5000.00', '-1.08', '+3', '-0.5', '1e3', '晋江市青阳华丰五金店', '2026-03-01', 'a=b', '', ' =1'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('leaves an empty cell empty', () => {
    expect(neutraliseFormula(null)).toBeNull();
  });
});
