import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './client';

export interface HubQuery<TResult> {
  /** The latest answer (kept while a new ask is under way or has failed). */
  data: TResult | null;
  /** The latest ask's failure, null once one succeeds. */
  error: unknown;
}

/**
 * A screen's query: asked when the screen opens and again whenever `round` changes (its 刷新 button); an
 * answer that comes after the screen has gone, or after a newer ask began, is dropped. `variables` are
 * compared by value, so a screen may build them afresh on each render.
 */
export function useHubQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
  round: number,
): HubQuery<TResult> {
  const [state, setState] = useState<HubQuery<TResult>>({ data: null, error: null });
  const key = JSON.stringify(variables);
  useEffect(() => {
    let live = true;
    request(document, JSON.parse(key) as TVariables, { token })
      .then((data) => {
        if (live) setState({ data, error: null });
      })
      .catch((error: unknown) => {
        if (live) setState((previous) => ({ data: previous.data, error }));
      });
    return () => {
      live = false;
    };
  }, [document, key, token, round]);
  return state;
}
