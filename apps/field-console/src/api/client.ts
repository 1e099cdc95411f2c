import type { TypedDocumentString } from '../gql/graphql';

/** A GraphQL error as the hub sends it: its message and `extensions.code` (plus whatever else it adds). */
export interface HubGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** What the officer reads for each of the hub's stable error codes (libs/shared-schema/src/error-codes.ts). */
export const ERROR_TITLES: Record<string, string> = {
  UNAUTHENTICATED: '未登录或登录已失效，请重新登录',
  FORBIDDEN: '无权进行此操作',
  BAD_USER_INPUT: '输入有误',
  NOT_FOUND: '未找到相关记录',
  CONFLICT: '操作冲突，请刷新后重试',
  UNAVAILABLE: '服务暂不可用，请稍后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  INTERNAL_SERVER_ERROR: '服务端内部错误',
  BAD_REQUEST: '请求无法识别',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  NETWORK: '无法连接数据枢纽，请检查网络',
  BAD_RESPONSE: '数据枢纽返回了无法识别的应答',
  UPLOAD_FAILED: '文件上传失败',
};

/**
 * A failed call, worded for the officer: `title` in Chinese from the code, with the hub's own message
 * and code kept (`hubMessage`, `code`) so that what the hub said is shown as it said it.
 */
export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    readonly code: string,
    readonly title: string,
    readonly hubMessage: string | null,
    readonly status: number | null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(hubMessage ? `${title}：${hubMessage}（${code}）` : `${title}（${code}）`);
  }
}

export function errorFromGraphQL(error: HubGraphQLError, status: number | null): HubError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  return new HubError(code, ERROR_TITLES[code] ?? '操作失败', error.message, status, error.extensions ?? {});
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * One GraphQL operation: POST /graphql with the bearer token. Resolves with `data` when the hub answered
 * without errors; otherwise rejects with a HubError for the first error (a network failure or an answer
 * that is not the hub's JSON has a code of its own: NETWORK, BAD_RESPONSE).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null; fetch?: Fetch; endpoint?: string } = {},
): Promise<TResult> {
  const doFetch: Fetch = options.fetch ?? ((input, init) => window.fetch(input, init));
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await doFetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new HubError('NETWORK', ERROR_TITLES.NETWORK, error instanceof Error ? error.message : null, null);
  }
  let body: { data?: TResult | null; errors?: HubGraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new HubError('BAD_RESPONSE', ERROR_TITLES.BAD_RESPONSE, `HTTP ${response.status}`, response.status);
  }
  if (body.errors?.length) throw errorFromGraphQL(body.errors[0], response.status);
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new HubError('BAD_RESPONSE', ERROR_TITLES.BAD_RESPONSE, `HTTP ${response.status}`, response.status);
  }
  return body.data;
}
