import { HubError } from '../api/client';

/** A failed call as the officer reads it: the Chinese title, then what the hub said and its code. */
export function ErrorNotice({ error }: { error: unknown }) {
  const hub = error instanceof HubError ? error : null;
  return (
    <div className="error-notice" role="alert">
      <div className="error-title">{hub ? hub.title : '操作失败'}</div>
      {hub?.hubMessage ? <div className="error-detail">服务端信息：{hub.hubMessage}</div> : null}
      <div className="error-code">错误代码：{hub ? hub.code : 'UNKNOWN'}</div>
    </div>
  );
}
