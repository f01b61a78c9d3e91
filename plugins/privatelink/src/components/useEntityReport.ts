import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { PrivateLinkApi, privatelinkApiRef } from '../api';

/** Loads one report about the current entity from the privatelink backend. */
export function useEntityReport<T>(
  load: (
    api: PrivateLinkApi,
    ref: ReturnType<typeof getCompoundEntityRef>,
  ) => Promise<T>,
  deps: unknown[] = [],
) {
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const ref = getCompoundEntityRef(entity);
  const key = `${ref.kind}:${ref.namespace}/${ref.name}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsync(() => load(api, ref), [api, key, ...deps]);
}
