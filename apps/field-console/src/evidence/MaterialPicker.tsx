import { useEffect, useRef } from 'react';
import { Button, ProgressBar, Tag } from 'antd-mobile';
import { ErrorNotice } from '../components/ErrorNotice';
import type { TransferMaterialKind } from '../gql/graphql';
import { enumName, TRANSFER_MATERIAL_KIND } from '../i18n/enums';
import { UPLOAD_PHASE_NAMES, type UploadPhase } from './upload';

/** A file the officer picked for the transfer, and how far its upload has come. */
export interface PickedMaterial {
  key: string;
  file: File;
  kind: TransferMaterialKind;
  /** A blob: URL of the photo for its thumbnail (null for a PDF). */
  preview: string | null;
  phase: UploadPhase | null;
  /** The share of the current phase done, 0–1. */
  share: number;
  error: unknown;
}

let picked = 0;
export function pickMaterial(file: File, kind: TransferMaterialKind): PickedMaterial {
  picked += 1;
  return {
    key: `${picked}-${file.name}`,
    file,
    kind,
    preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
    phase: null,
    share: 0,
    error: null,
  };
}

/** A hidden file input behind a button; `capture` opens the phone's camera directly. */
function PickButton({
  label,
  accept,
  capture,
  disabled,
  testId,
  onPick,
}: {
  label: string;
  accept: string;
  capture?: boolean;
  disabled: boolean;
  testId: string;
  onPick: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        capture={capture ? 'environment' : undefined}
        multiple
        hidden
        data-testid={testId}
        onChange={(event) => {
          onPick([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
    </>
  );
}

/**
 * 移送材料 (§4(3)4): photos straight from the camera as 案源材料, and 证据材料 (photos or PDF), each with
 * its upload's progress. The letter is not picked here: the hub issues it when the leader approves.
 */
export function MaterialPicker({
  items,
  busy,
  onAdd,
  onRemove,
}: {
  items: PickedMaterial[];
  busy: boolean;
  onAdd: (items: PickedMaterial[]) => void;
  onRemove: (key: string) => void;
}) {
  // The thumbnails' blob: URLs are freed with their file, or with the form.
  const previews = useRef(items);
  useEffect(() => {
    previews.current = items;
  }, [items]);
  useEffect(() => () => previews.current.forEach((item) => item.preview && URL.revokeObjectURL(item.preview)), []);
  const kinds = new Set(items.map((item) => item.kind));

  return (
    <div className="materials" data-testid="materials">
      <div className="materials-head">
        <span>移送材料</span>
        <PickButton
          label="拍照（案源材料）"
          accept="image/*"
          capture
          disabled={busy}
          testId="pick-source"
          onPick={(files) => onAdd(files.map((file) => pickMaterial(file, 'SOURCE')))}
        />
        <PickButton
          label="添加证据材料"
          accept="image/*,application/pdf"
          disabled={busy}
          testId="pick-evidence"
          onPick={(files) => onAdd(files.map((file) => pickMaterial(file, 'EVIDENCE')))}
        />
      </div>
      <div className="hint">
        移送时须附案源材料和证据材料（§4(3)4），移交函在审批通过后自动生成。
        {!kinds.has('SOURCE') || !kinds.has('EVIDENCE')
          ? `尚缺：${[!kinds.has('SOURCE') ? '案源材料' : null, !kinds.has('EVIDENCE') ? '证据材料' : null].filter(Boolean).join('、')}`
          : null}
      </div>
      {items.map((item) => (
        <div className="material" key={item.key} data-testid="material">
          {item.preview ? <img src={item.preview} alt={item.file.name} className="thumb" /> : <div className="thumb pdf">PDF</div>}
          <div className="material-body">
            <div>
              <Tag color="primary" fill="outline">
                {enumName(TRANSFER_MATERIAL_KIND, item.kind)}
              </Tag>{' '}
              {item.file.name}（{Math.ceil(item.file.size / 1024)} KB）
            </div>
            {item.phase ? (
              <>
                <ProgressBar percent={item.phase === 'DONE' ? 100 : Math.round(item.share * 100)} data-testid="material-progress" />
                <span className="phase" data-testid="material-phase">
                  {UPLOAD_PHASE_NAMES[item.phase]}
                  {item.phase === 'HASHING' || item.phase === 'UPLOADING' ? ` ${Math.round(item.share * 100)}%` : ''}
                </span>
              </>
            ) : null}
            {item.error ? <ErrorNotice error={item.error} /> : null}
          </div>
          {!item.phase && !busy ? (
            <Button
              size="mini"
              fill="none"
              onClick={() => {
                if (item.preview) URL.revokeObjectURL(item.preview);
                onRemove(item.key);
              }}
            >
              移除
            </Button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
