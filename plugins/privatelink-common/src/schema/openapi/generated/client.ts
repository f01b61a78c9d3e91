// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit plugins/privatelink-backend/src/schema/openapi.yaml
// * and run `npm run openapi`.
// ******************************************************************
import type { operations } from './types';

/** An operation of the spec, by its id. @public */
export type ApiOperation<Id extends keyof operations> = operations[Id];
/** The JSON content of a request body or a response. @public */
export type JsonContentOf<T> = T extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : void;
/** The JSON body of an operation's request. @public */
export type RequestBody<Id extends keyof operations> =
  ApiOperation<Id> extends {
    requestBody: infer Body;
  }
    ? JsonContentOf<Body>
    : never;
/** The JSON body of an operation's success (200, else 201, else 202; void for 204). @public */
export type OkBody<Id extends keyof operations> =
  ApiOperation<Id>['responses'] extends {
    200: infer Ok;
  }
    ? JsonContentOf<Ok>
    : ApiOperation<Id>['responses'] extends { 201: infer Created }
    ? JsonContentOf<Created>
    : ApiOperation<Id>['responses'] extends { 202: infer Accepted }
    ? JsonContentOf<Accepted>
    : void;

/** A fetch response whose `json()` is typed by the spec. @public */
export type TypedResponse<T> = Omit<Response, 'json'> & {
  json: () => Promise<T>;
};

/** Per call: a token to send instead of the fetch API's own (server-side callers). @public */
export interface RequestOptions {
  token?: string;
}

/**
 * The privatelink backend's HTTP API, one method per operation of its spec. A method returns the
 * response as it came; the caller decides what a status means.
 *
 * @public
 */
export class PrivateLinkApiClient {
  private readonly discoveryApi: {
    getBaseUrl(pluginId: string): Promise<string>;
  };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch };
  }

  /** Whether the plugin can serve: its database answers and is migrated. Open to all. */
  async getReadiness(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getReadiness'>>> {
    return this.send('GET', `/health`, undefined, undefined, options);
  }

  /** What the entity page's cards show (usage of the last 30 days, cost, health, alerts, findings, freshness) in one answer. */
  async getEntitySummary(
    request: { path: ApiOperation<'getEntitySummary'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntitySummary'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/summary`,
      undefined,
      undefined,
      options,
    );
  }

  /** Daily CloudWatch rollups of an endpoint or provided service and its idle verdict. */
  async getEntityUsage(
    request: {
      path: ApiOperation<'getEntityUsage'>['parameters']['path'];
      query?: ApiOperation<'getEntityUsage'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityUsage'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/usage`,
      request.query,
      undefined,
      options,
    );
  }

  /** The monthly cost estimate, with the formula that made each figure. */
  async getEntityCost(
    request: { path: ApiOperation<'getEntityCost'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityCost'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/cost`,
      undefined,
      undefined,
      options,
    );
  }

  /** One health status with its reasons, per Availability Zone too. */
  async getEntityHealth(
    request: { path: ApiOperation<'getEntityHealth'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityHealth'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/health`,
      undefined,
      undefined,
      options,
    );
  }

  /** The entity's alert incidents, newest first. */
  async getEntityAlerts(
    request: { path: ApiOperation<'getEntityAlerts'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityAlerts'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/alerts`,
      undefined,
      undefined,
      options,
    );
  }

  /** Open posture findings of an endpoint, service or VPC and the checks that ran. */
  async getEntityFindings(
    request: { path: ApiOperation<'getEntityFindings'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityFindings'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/findings`,
      undefined,
      undefined,
      options,
    );
  }

  /** Whether the inventory of the entity's account is current. */
  async getEntityFreshness(
    request: { path: ApiOperation<'getEntityFreshness'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityFreshness'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/freshness`,
      undefined,
      undefined,
      options,
    );
  }

  /** The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read). */
  async getEntityAuditHistory(
    request: {
      path: ApiOperation<'getEntityAuditHistory'>['parameters']['path'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getEntityAuditHistory'>>> {
    return this.send(
      'GET',
      `/entities/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/audit`,
      undefined,
      undefined,
      options,
    );
  }

  /** What a tenant's (owner) or a vendor's endpoints cost each month over the kept days, and this month's forecast. */
  async getCostHistory(
    request: { query?: ApiOperation<'getCostHistory'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getCostHistory'>>> {
    return this.send('GET', `/cost-history`, request.query, undefined, options);
  }

  /** Every endpoint an owner has (and, when asked, its child teams'), with usage, cost, health and findings, and the services it provides. */
  async getInventory(
    request: { query: ApiOperation<'getInventory'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getInventory'>>> {
    return this.send('GET', `/inventory`, request.query, undefined, options);
  }

  /** Open findings of what an owner has; without an owner, the fleet's (privatelink.findings.read). */
  async listFindings(
    request: { query?: ApiOperation<'listFindings'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listFindings'>>> {
    return this.send('GET', `/findings`, request.query, undefined, options);
  }

  /** The fleet page's figures, aggregated from the snapshot (privatelink.fleet.read). */
  async getFleetSummary(
    request: { query?: ApiOperation<'getFleetSummary'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getFleetSummary'>>> {
    return this.send('GET', `/fleet`, request.query, undefined, options);
  }

  /** Where one endpoint set per service in a hub VPC would cost less than an interface endpoint in every VPC of a network (privatelink.consolidation.networks), and where it would cost more (privatelink.fleet.read). Kept by each posture evaluation. */
  async getConsolidationAdvice(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getConsolidationAdvice'>>> {
    return this.send(
      'GET',
      `/fleet/consolidation`,
      undefined,
      undefined,
      options,
    );
  }

  /** What every endpoint of the fleet cost each month over the kept days, and this month's forecast (privatelink.fleet.read). Computed by each posture evaluation for the endpoints it read, and shared by every request until the next one (or the next day). */
  async getFleetCostHistory(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getFleetCostHistory'>>> {
    return this.send(
      'GET',
      `/fleet/cost-history`,
      undefined,
      undefined,
      options,
    );
  }

  /** The fleet's rows the filters and the search select, sorted and paged on the server (privatelink.fleet.read). */
  async listFleetRows(
    request: { query?: ApiOperation<'listFleetRows'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listFleetRows'>>> {
    return this.send('GET', `/fleet/rows`, request.query, undefined, options);
  }

  /** What each account refresh and usage collection last did (privatelink.status.read). */
  async getOperatorsStatus(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getOperatorsStatus'>>> {
    return this.send('GET', `/status`, undefined, undefined, options);
  }

  /** Has the catalog module read one account's inventory again now (privatelink.status.read and privatelink.inventory.refresh): what changed in AWS shows within a minute, without a restart. */
  async refreshAccountInventory(
    request: {
      path: ApiOperation<'refreshAccountInventory'>['parameters']['path'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'refreshAccountInventory'>>> {
    return this.send(
      'POST',
      `/status/accounts/${encodeURIComponent(request.path.accountId)}/refresh`,
      undefined,
      undefined,
      options,
    );
  }

  /** The catalog module's report of one account refresh; the catalog plugin's service credentials only. */
  async reportInventoryRefresh(
    request: { body: RequestBody<'reportInventoryRefresh'> },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'reportInventoryRefresh'>>> {
    return this.send(
      'POST',
      `/status/inventory`,
      undefined,
      request.body,
      options,
    );
  }

  /** Accounts and regions endpoints can be requested in. A signed-in user's choices, from their own credentials. */
  async listRequestAccounts(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestAccounts'>>> {
    return this.send(
      'GET',
      `/requests/accounts`,
      undefined,
      undefined,
      options,
    );
  }

  /** Groups the user may request for. A signed-in user's choices, from their own credentials. */
  async listRequestOwners(
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestOwners'>>> {
    return this.send('GET', `/requests/owners`, undefined, undefined, options);
  }

  /** VPCs of an account and region. */
  async listRequestVpcs(
    request: { query: ApiOperation<'listRequestVpcs'>['parameters']['query'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestVpcs'>>> {
    return this.send(
      'GET',
      `/requests/vpcs`,
      request.query,
      undefined,
      options,
    );
  }

  /** Subnets of a VPC, from AWS or the inventory. */
  async listRequestSubnets(
    request: {
      query: ApiOperation<'listRequestSubnets'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestSubnets'>>> {
    return this.send(
      'GET',
      `/requests/subnets`,
      request.query,
      undefined,
      options,
    );
  }

  /** Security groups of a VPC, from AWS or the inventory, each with what the portal's security group checks would find on an endpoint to the service that used it. */
  async listRequestSecurityGroups(
    request: {
      query: ApiOperation<'listRequestSecurityGroups'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestSecurityGroups'>>> {
    return this.send(
      'GET',
      `/requests/security-groups`,
      request.query,
      undefined,
      options,
    );
  }

  /** A VPC's route tables, the main one marked, with the gateway endpoints each already routes through: where a gateway endpoint to S3 or DynamoDB can add its routes. */
  async listRequestRouteTables(
    request: {
      query: ApiOperation<'listRequestRouteTables'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestRouteTables'>>> {
    return this.send(
      'GET',
      `/requests/route-tables`,
      request.query,
      undefined,
      options,
    );
  }

  /** The endpoint services the region offers the account (AWS services, vendors' services the account may use, our own), narrowed by privatelink.requests.allow for the owner, by vendor. */
  async listRequestServices(
    request: {
      query: ApiOperation<'listRequestServices'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listRequestServices'>>> {
    return this.send(
      'GET',
      `/requests/services`,
      request.query,
      undefined,
      options,
    );
  }

  /** The review step: monthly cost before traffic (nothing for a gateway endpoint), the tags, and the endpoints to the service the VPC already has. */
  async getRequestEstimate(
    request: {
      query: ApiOperation<'getRequestEstimate'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getRequestEstimate'>>> {
    return this.send(
      'GET',
      `/requests/estimate`,
      request.query,
      undefined,
      options,
    );
  }

  /** Audit campaigns (privatelink.audit.read). */
  async listAuditCampaigns(
    request: {
      query?: ApiOperation<'listAuditCampaigns'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'listAuditCampaigns'>>> {
    return this.send('GET', `/audits`, request.query, undefined, options);
  }

  /** Opens this quarter's campaign of one owner, or returns the open one (privatelink.audit.manage). */
  async openAuditCampaign(
    request: { body: RequestBody<'openAuditCampaign'> },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'openAuditCampaign'>>> {
    return this.send('POST', `/audits`, undefined, request.body, options);
  }

  /** A campaign with its items, decisions and departures (privatelink.audit.read). */
  async getAuditCampaign(
    request: { path: ApiOperation<'getAuditCampaign'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'getAuditCampaign'>>> {
    return this.send(
      'GET',
      `/audits/${encodeURIComponent(request.path.id)}`,
      undefined,
      undefined,
      options,
    );
  }

  /** A campaign as a file for auditors, JSON or CSV (privatelink.audit.read). */
  async exportAuditCampaign(
    request: {
      path: ApiOperation<'exportAuditCampaign'>['parameters']['path'];
      query?: ApiOperation<'exportAuditCampaign'>['parameters']['query'];
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'exportAuditCampaign'>>> {
    return this.send(
      'GET',
      `/audits/${encodeURIComponent(request.path.id)}/export`,
      request.query,
      undefined,
      options,
    );
  }

  /** Keeps many items unchanged at once: one append-only keep decision per item, one comment for the batch. Every item must be free of drift and open findings, and the caller must hold privatelink.audit.acknowledge on each item's entity or privatelink.audit.manage; otherwise nothing is recorded and the answer names the items and why. */
  async keepAuditItemsUnchanged(
    request: {
      path: ApiOperation<'keepAuditItemsUnchanged'>['parameters']['path'];
      body: RequestBody<'keepAuditItemsUnchanged'>;
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'keepAuditItemsUnchanged'>>> {
    return this.send(
      'POST',
      `/audits/${encodeURIComponent(request.path.id)}/keep-unchanged`,
      undefined,
      request.body,
      options,
    );
  }

  /** Every tenant's campaign of a quarter in one CSV for auditors, one line per item with its owner (privatelink.audit.read). */
  async exportAuditQuarter(
    request: { path: ApiOperation<'exportAuditQuarter'>['parameters']['path'] },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'exportAuditQuarter'>>> {
    return this.send(
      'GET',
      `/audits/quarters/${encodeURIComponent(request.path.quarter)}/export`,
      undefined,
      undefined,
      options,
    );
  }

  /** Records a decision on an item (privatelink.audit.acknowledge on its entity, or privatelink.audit.manage). The actor is the signed-in user. */
  async decideAuditItem(
    request: {
      path: ApiOperation<'decideAuditItem'>['parameters']['path'];
      body: RequestBody<'decideAuditItem'>;
    },
    options?: RequestOptions,
  ): Promise<TypedResponse<OkBody<'decideAuditItem'>>> {
    return this.send(
      'POST',
      `/audits/${encodeURIComponent(
        request.path.id,
      )}/items/${encodeURIComponent(request.path.kind)}/${encodeURIComponent(
        request.path.namespace,
      )}/${encodeURIComponent(request.path.name)}/decisions`,
      undefined,
      request.body,
      options,
    );
  }

  private async send(
    method: string,
    route: string,
    query: object | undefined,
    body: unknown,
    options?: RequestOptions,
  ): Promise<TypedResponse<any>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.append(key, String(value));
    }
    const search = params.toString();
    const baseUrl = await this.discoveryApi.getBaseUrl('privatelink');
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options?.token) headers.Authorization = `Bearer ${options.token}`;
    return this.fetchApi.fetch(
      `${baseUrl}${route}${search ? `?${search}` : ''}`,
      {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
    );
  }
}
