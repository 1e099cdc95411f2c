import { Tag } from 'antd-mobile';

/**
 * A personal-data field exactly as the hub sent it: the console never unmasks (the hub decides who sees
 * what, api/masking), it only says that the value is masked. Absent values read「未提供」.
 */
export function MaskedValue({ value, masked }: { value: string | null | undefined; masked: boolean }) {
  if (value === null || value === undefined || value === '') return <span className="muted">未提供</span>;
  const shownMasked = masked && value.includes('*');
  return (
    <span className="masked-value">
      <span data-testid="masked-text">{value}</span>
      {shownMasked ? (
        <Tag className="masked-tag" color="default" fill="outline">
          已脱敏
        </Tag>
      ) : null}
    </span>
  );
}
