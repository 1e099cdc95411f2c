/** First and last day of a period written `2026`, `2026-Q1` or `2026-03`. */
export function periodBounds(period: string): { start: string; end: string } {
  const [yearText, part] = period.split('-');
  const year = Number(yearText);
  let firstMonth = 1;
  let months = 12;
  if (part?.startsWith('Q')) {
    firstMonth = (Number(part.slice(1)) - 1) * 3 + 1;
    months = 3;
  } else if (part) {
    firstMonth = Number(part);
    months = 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, firstMonth - 1 + months, 0)).getUTCDate();
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(firstMonth + months - 1)}-${pad(lastDay)}` };
}
