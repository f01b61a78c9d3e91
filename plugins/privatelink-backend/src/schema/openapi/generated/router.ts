// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit plugins/privatelink-backend/src/schema/openapi.yaml
// * and run `npm run openapi`.
// ******************************************************************
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/** The privatelink backend's OpenAPI spec. */
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'privatelink',
    version: '1',
    description:
      "The PrivateLink portal backend: usage, cost, health, posture findings, tenant inventories, the fleet, alerts, quarterly audits, the request form's choices and the operators' status. Every route but /health needs a user or service token.",
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
        description:
          'Entity kind: resource for endpoints and VPCs, component for endpoint services.',
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
      },
      owner: {
        name: 'owner',
        in: 'query',
        required: true,
        allowReserved: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
        description:
          'An entity ref such as group:default/payments (a bare name means a group)',
      },
      optionalOwner: {
        name: 'owner',
        in: 'query',
        required: false,
        allowReserved: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
        description:
          'An entity ref such as group:default/payments (a bare name means a group)',
      },
      account: {
        name: 'account',
        in: 'query',
        required: true,
        schema: {
          type: 'string',
          pattern: '^\\d{12}$',
        },
        description: 'A 12-digit AWS account id',
      },
      region: {
        name: 'region',
        in: 'query',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
        },
        description: 'An AWS region such as us-east-1',
      },
      vpc: {
        name: 'vpc',
        in: 'query',
        required: true,
        schema: {
          type: 'string',
          pattern: '^vpc-[0-9a-f]+$',
        },
        description: 'A VPC id such as vpc-0a1b2c3d',
      },
      campaignId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
        },
        description: 'A campaign id (a UUID).',
      },
      fleetTenant: {
        name: 'tenant',
        in: 'query',
        allowReserved: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
        description: 'An entity ref of a tenant such as group:default/payments',
      },
      fleetVendor: {
        name: 'vendor',
        in: 'query',
        allowReserved: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
        description:
          'An entity ref of a vendor group such as group:default/snowflake',
      },
      fleetAccount: {
        name: 'account',
        in: 'query',
        schema: {
          type: 'string',
          pattern: '^\\d{12}$',
        },
        description: 'A 12-digit AWS account id',
      },
      fleetRegion: {
        name: 'region',
        in: 'query',
        schema: {
          type: 'string',
          pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
        },
        description: 'An AWS region such as us-east-1',
      },
      fleetType: {
        name: 'type',
        in: 'query',
        schema: {
          type: 'string',
          enum: ['Interface', 'Gateway', 'GatewayLoadBalancer', 'Service'],
        },
        description:
          'One of Interface, Gateway, GatewayLoadBalancer or Service',
      },
      fleetSearch: {
        name: 'q',
        in: 'query',
        schema: {
          type: 'string',
          maxLength: 200,
        },
        description:
          'At most 200 characters of words each row must match, in any order and case: its name, endpoint or service id, VPC id, tenant, vendor, service, account, region, type, state or health; "idle" for idle rows, "finding" for rows with an open finding, "high", "medium" or "low" for rows with a finding of that severity. A whole VPC, endpoint or endpoint service id (vpc-, vpce- or vpce-svc- and 8 or 17 hex digits) or a 12-digit account id matches the rows with that id, not every row that contains it (vpc-1234abcd is not vpc-1234abcd5678ef901); any other word matches as part of the row\'s text',
      },
      fleetSort: {
        name: 'sort',
        in: 'query',
        schema: {
          type: 'string',
          enum: [
            'title',
            'resourceId',
            'tenant',
            'vendor',
            'account',
            'vpc',
            'type',
            'state',
            'service',
            'cost',
            'idle',
            'health',
            'findings',
          ],
        },
        description:
          'One of title, resourceId, tenant, vendor, account, vpc, type, state, service, cost, idle, health or findings (the account, then the id, when not given)',
      },
      fleetOrder: {
        name: 'order',
        in: 'query',
        schema: {
          type: 'string',
          enum: ['asc', 'desc'],
        },
        description: 'asc or desc (asc when not given)',
      },
      fleetOffset: {
        name: 'offset',
        in: 'query',
        schema: {
          type: 'string',
          pattern: '^\\d{1,7}$',
        },
        description: 'A whole number of rows to skip, from 0',
      },
      fleetLimit: {
        name: 'limit',
        in: 'query',
        schema: {
          type: 'string',
          pattern: '^\\d{1,3}$',
        },
        description:
          'A whole number of rows from 1 to 500 (every row when not given)',
      },
    },
    responses: {
      BadRequest: {
        description:
          'The parameters or the body are not valid: the message says which and why.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'No valid user or service token.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description: 'The permission policy does not allow it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description:
          'No such entity or campaign, or the caller may not read it.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Failure: {
        description:
          'Any other failure (500 and 503 among them), as a Backstage error.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          'A state the request cannot apply to: an entity that does not match the PrivateLink entity contract, or an idempotency key used for another decision.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        description: 'A Backstage error response.',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            required: ['name', 'message'],
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'number',
              },
            },
            required: ['statusCode'],
          },
        },
        required: ['error', 'response'],
      },
      DailyUsage: {
        type: 'object',
        properties: {
          day: {
            type: 'string',
            description: 'UTC day, YYYY-MM-DD.',
          },
          bytesProcessed: {
            type: 'number',
          },
          newConnections: {
            type: 'number',
          },
          activeConnectionsMax: {
            type: 'number',
            description: "The day's highest ActiveConnections.",
          },
          packetsDropped: {
            type: 'number',
          },
          resetPackets: {
            type: 'number',
            description:
              'RstPacketsReceived for endpoints, RstPacketsSent for services.',
          },
          healthyHostsMin: {
            type: 'number',
            description:
              'Provider services only: the lowest HealthyHostCount of the day across target groups.',
          },
          unhealthyHostsMax: {
            type: 'number',
            description:
              'Provider services only: the highest UnHealthyHostCount of the day.',
          },
          zones: {
            type: 'object',
            additionalProperties: {
              $ref: '#/components/schemas/ZoneUsage',
            },
            description:
              'Interface and GWLB endpoints: the day per subnet (one subnet per AZ).',
          },
        },
        required: [
          'day',
          'bytesProcessed',
          'newConnections',
          'activeConnectionsMax',
          'packetsDropped',
          'resetPackets',
        ],
        additionalProperties: false,
        description:
          'One UTC day of CloudWatch metrics of an endpoint or a provided service.',
      },
      ZoneUsage: {
        type: 'object',
        properties: {
          bytesProcessed: {
            type: 'number',
          },
          packetsDropped: {
            type: 'number',
          },
        },
        required: ['bytesProcessed', 'packetsDropped'],
        additionalProperties: false,
        description: "One subnet's share of an endpoint's day.",
      },
      IdleVerdict: {
        type: 'object',
        properties: {
          idle: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
            description: 'Why, in a sentence a card can show.',
          },
          observedDays: {
            type: 'number',
            description: 'Days of history the verdict rests on.',
          },
          daysWithoutBytes: {
            type: 'number',
            description:
              'Consecutive days without bytes up to the last collected day.',
          },
          monthlyUsd: {
            type: 'number',
            description:
              'What the endpoint costs a month while it carries nothing: its hourly charges x 730 h, the hourly part of its Cost card (USD; 0 for gateway endpoints). The figure every "idle: $X a month" shows.',
          },
          wastedSoFarUsd: {
            type: 'number',
            description:
              'What its days without bytes have cost so far in hourly charges, USD: not a monthly figure.',
          },
        },
        required: [
          'idle',
          'reason',
          'observedDays',
          'daysWithoutBytes',
          'monthlyUsd',
          'wastedSoFarUsd',
        ],
        additionalProperties: false,
        description: 'Whether an endpoint that costs money carries traffic.',
      },
      UsageReport: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          metricsPublished: {
            type: 'boolean',
            description:
              'False for gateway endpoints and consumed services: there are no metrics of theirs to show.',
          },
          series: {
            type: 'string',
            description:
              'The CloudWatch series the figures are read from (namespace, metrics, dimension set), in words; set when metrics are published.',
          },
          note: {
            type: 'string',
          },
          from: {
            type: 'string',
          },
          to: {
            type: 'string',
          },
          days: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DailyUsage',
            },
          },
          totals: {
            type: 'object',
            properties: {
              bytesProcessed: {
                type: 'number',
              },
              newConnections: {
                type: 'number',
              },
            },
            required: ['bytesProcessed', 'newConnections'],
            additionalProperties: false,
          },
          idle: {
            $ref: '#/components/schemas/IdleVerdict',
          },
        },
        required: [
          'entityRef',
          'metricsPublished',
          'from',
          'to',
          'days',
          'totals',
        ],
        additionalProperties: false,
      },
      CostReport: {
        type: 'object',
        properties: {
          currency: {
            type: 'string',
            const: 'USD',
          },
          hourly: {
            type: 'number',
          },
          dataProcessing: {
            type: 'number',
          },
          total: {
            type: 'number',
          },
          gbPerMonth: {
            type: 'number',
          },
          natCounterfactual: {
            type: 'number',
            description:
              'What the same bytes would cost through a NAT gateway (data processing only).',
          },
          saving: {
            type: 'number',
            description:
              'natCounterfactual - total; undefined when the bytes are unknown.',
          },
          formula: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          applicable: {
            type: 'boolean',
          },
          note: {
            type: 'string',
          },
          basis: {
            type: 'string',
            description: 'The days the estimate rests on, in words.',
          },
          basisBytes: {
            type: 'number',
            description:
              'The bytes of those days (CloudWatch BytesProcessed, summed); undefined when none are known.',
          },
        },
        required: [
          'applicable',
          'basis',
          'currency',
          'dataProcessing',
          'entityRef',
          'formula',
          'hourly',
          'total',
        ],
        additionalProperties: false,
      },
      HealthStatus: {
        type: 'string',
        enum: ['healthy', 'degraded', 'unhealthy', 'unknown'],
      },
      HealthReport: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/HealthStatus',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          state: {
            type: 'string',
          },
          lastDay: {
            $ref: '#/components/schemas/DailyUsage',
          },
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                availabilityZone: {
                  type: 'string',
                },
                subnetId: {
                  type: 'string',
                },
                networkInterfaceId: {
                  type: 'string',
                },
                status: {
                  $ref: '#/components/schemas/HealthStatus',
                },
                reason: {
                  type: 'string',
                },
                bytesProcessed: {
                  type: 'number',
                },
                packetsDropped: {
                  type: 'number',
                },
              },
              required: ['availabilityZone', 'subnetId', 'status', 'reason'],
              additionalProperties: false,
            },
            description:
              'Each AZ of the endpoint, with its last collected day when metrics per subnet exist.',
          },
          targets: {
            type: 'object',
            properties: {
              healthyHostsMin: {
                type: 'number',
              },
              unhealthyHostsMax: {
                type: 'number',
              },
              day: {
                type: 'string',
              },
            },
            required: ['day'],
            additionalProperties: false,
          },
        },
        required: ['entityRef', 'status', 'reasons', 'zones'],
        additionalProperties: false,
      },
      AlertIncident: {
        type: 'object',
        properties: {
          id: {
            type: 'number',
          },
          entityRef: {
            type: 'string',
          },
          kind: {
            $ref: '#/components/schemas/AlertKind',
          },
          status: {
            type: 'string',
            description:
              'The worst status seen while open: `degraded`, `unhealthy`, or `idle`.',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'The reasons as last evaluated while open.',
          },
          recipients: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Who the notices go to: the owner first, then whom the incident escalates to.',
          },
          openedAt: {
            type: 'string',
          },
          resolvedAt: {
            type: 'string',
          },
          resolution: {
            type: 'string',
            enum: ['recovered', 'gone'],
            description:
              '`recovered`, or `gone` when the entity left the inventory.',
          },
          alertedAt: {
            type: 'string',
            description: 'When the notice of the incident was sent.',
          },
          recoveryAlertedAt: {
            type: 'string',
            description: 'When the notice of the recovery was sent.',
          },
        },
        required: [
          'id',
          'entityRef',
          'kind',
          'status',
          'reasons',
          'recipients',
          'openedAt',
        ],
        additionalProperties: false,
        description:
          'One incident: opened when an entity turns degraded or unhealthy (or idle), resolved when it is healthy again (or in use, or gone). Its owners are notified once when it opens and once when it recovers, whatever the number of collections in between.',
      },
      AlertKind: {
        type: 'string',
        enum: ['health', 'idle'],
        description:
          'What an alert is about: the health of an endpoint or provided service, or an idle endpoint.',
      },
      AlertsReport: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          enabled: {
            type: 'boolean',
            description:
              'Whether the portal sends alerts at all (`privatelink.alerts.enabled`).',
          },
          incidents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AlertIncident',
            },
          },
        },
        required: ['entityRef', 'enabled', 'incidents'],
        additionalProperties: false,
        description: 'The incidents of one entity, newest first.',
      },
      InventoryRow: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
            description:
              'The owning team, when the inventory includes child teams.',
          },
          endpointId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          endpointType: {
            $ref: '#/components/schemas/EndpointType',
          },
          state: {
            type: 'string',
          },
          serviceName: {
            type: 'string',
          },
          serviceLabel: {
            type: 'string',
            description:
              "The service as people say it: `s3`, a vendor's title, or the service id.",
          },
          vendorRef: {
            type: 'string',
            description:
              'Ref of the vendor Group behind the service, when it is not one of ours.',
          },
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          vpcId: {
            type: 'string',
          },
          availabilityZones: {
            type: 'number',
            description:
              'AZs the endpoint has a subnet in; undefined for gateway endpoints, which have none.',
          },
          privateDnsEnabled: {
            type: 'boolean',
          },
          createdAt: {
            type: 'string',
          },
          bytesProcessed30d: {
            type: 'number',
            description:
              'Bytes of the last 30 collected days; undefined for gateway endpoints (no metrics).',
          },
          idle: {
            $ref: '#/components/schemas/IdleVerdict',
          },
          monthlyCostUsd: {
            type: 'number',
          },
          natSavingUsd: {
            type: 'number',
          },
          health: {
            $ref: '#/components/schemas/HealthStatus',
          },
          healthReasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          findings: {
            type: 'object',
            properties: {
              high: {
                type: 'number',
              },
              medium: {
                type: 'number',
              },
              low: {
                type: 'number',
              },
              checkIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
            required: ['high', 'medium', 'low', 'checkIds'],
            additionalProperties: false,
            description:
              'Open posture findings that are not suppressed, by severity, and their check ids.',
          },
        },
        required: [
          'entityRef',
          'endpointId',
          'title',
          'endpointType',
          'state',
          'serviceName',
          'serviceLabel',
          'accountId',
          'region',
          'vpcId',
          'monthlyCostUsd',
          'health',
          'healthReasons',
          'findings',
        ],
        additionalProperties: false,
        description:
          "One endpoint of a tenant's inventory, as the backend computed it.",
      },
      EndpointType: {
        type: 'string',
        enum: ['Interface', 'Gateway', 'GatewayLoadBalancer'],
      },
      ProvidedServiceRow: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
            description:
              'The owning team, when the inventory includes child teams.',
          },
          title: {
            type: 'string',
          },
          serviceName: {
            type: 'string',
          },
          serviceId: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          state: {
            type: 'string',
          },
          acceptanceRequired: {
            type: 'boolean',
          },
          consumers: {
            type: 'object',
            properties: {
              total: {
                type: 'number',
              },
              accepted: {
                type: 'number',
              },
              outsideInventory: {
                type: 'number',
              },
            },
            required: ['total', 'accepted', 'outsideInventory'],
            additionalProperties: false,
            description:
              'Endpoint connections to it (DescribeVpcEndpointConnections); undefined when they could not be read.',
          },
          health: {
            $ref: '#/components/schemas/HealthStatus',
          },
          healthReasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          findings: {
            type: 'object',
            properties: {
              high: {
                type: 'number',
              },
              medium: {
                type: 'number',
              },
              low: {
                type: 'number',
              },
              checkIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
            required: ['high', 'medium', 'low', 'checkIds'],
            additionalProperties: false,
          },
        },
        required: [
          'entityRef',
          'title',
          'serviceName',
          'accountId',
          'region',
          'state',
          'health',
          'healthReasons',
          'findings',
        ],
        additionalProperties: false,
        description:
          'One endpoint service a tenant provides from its own accounts, as the backend computed it.',
      },
      InventorySummary: {
        type: 'object',
        properties: {
          owner: {
            type: 'string',
          },
          includedGroups: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The child teams whose endpoints are included, when asked for.',
          },
          endpoints: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InventoryRow',
            },
            description:
              'The endpoints q selects, sorted, from offset: at most limit of them, every one without a limit.',
          },
          total: {
            type: 'integer',
            description: 'How many endpoints q selects, on every page.',
          },
          totals: {
            type: 'object',
            properties: {
              monthlyCostUsd: {
                type: 'number',
                description: 'The sum of their monthlyCostUsd (USD a month).',
              },
              bytesProcessed30d: {
                type: 'number',
                description:
                  'The sum of their bytesProcessed30d (gateway endpoints publish none).',
              },
              idle: {
                type: 'integer',
                description: 'How many of them are idle.',
              },
              idleMonthlyUsd: {
                type: 'number',
                description:
                  'What the idle ones cost a month (the sum of idle.monthlyUsd).',
              },
            },
            required: [
              'monthlyCostUsd',
              'bytesProcessed30d',
              'idle',
              'idleMonthlyUsd',
            ],
            additionalProperties: false,
            description:
              'What the endpoints q selects add up to, on every page.',
          },
          services: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ProvidedServiceRow',
            },
            description:
              'The endpoint services the owner provides from its own accounts, with health and consumers.',
          },
          invalid: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                entityRef: {
                  type: 'string',
                },
                error: {
                  type: 'string',
                },
              },
              required: ['entityRef', 'error'],
              additionalProperties: false,
            },
            description:
              'Endpoints the owner has whose entity does not match the contract: left out, named here.',
          },
          rowsAsOf: {
            type: 'string',
            format: 'date-time',
            description:
              'When the oldest row of this answer was computed. Rows are computed by each posture evaluation (privatelink.posture.schedule, and after each usage collection) and kept; an answer computes afresh only the rows of entities added or changed in the catalog since. Absent when every row was computed for this answer.',
          },
          listedAt: {
            type: 'string',
            format: 'date-time',
            description:
              "When the catalog listed the owner's entities this answer follows (what the caller may read, with each entity's etag). A caller's listing is reused for 10 seconds, so that paging, sorting and searching one inventory ask the catalog once; an entity added, removed or changed in the catalog shows at most that much later.",
          },
        },
        required: [
          'owner',
          'listedAt',
          'endpoints',
          'total',
          'totals',
          'services',
          'invalid',
        ],
        additionalProperties: false,
        description:
          'The endpoints an owner has, with usage, cost and health, and the services it provides.',
      },
      InventoryRefreshStatus: {
        type: 'object',
        properties: {
          provider: {
            type: 'string',
            description: 'The catalog entity provider, one per account.',
          },
          accountId: {
            type: 'string',
          },
          source: {
            type: 'string',
            enum: ['aws', 'snapshot'],
          },
          regions: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          lastAttemptAt: {
            type: 'string',
          },
          lastSuccessAt: {
            type: 'string',
          },
          lastErrorAt: {
            type: 'string',
          },
          lastError: {
            type: 'string',
            description:
              'The cause of the last failure; cleared by the next success.',
          },
          failingSince: {
            type: 'string',
            description:
              'The first of the failures since the last success; cleared by the next success.',
          },
          durationMs: {
            type: 'number',
          },
          entities: {
            type: 'number',
          },
          apiCalls: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                region: {
                  type: 'string',
                },
                api: {
                  type: 'string',
                },
                calls: {
                  type: 'number',
                },
              },
              required: ['region', 'api', 'calls'],
              additionalProperties: false,
            },
            description:
              'AWS API calls of the last attempt, by region and API.',
          },
          omitted: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                region: {
                  type: 'string',
                },
                api: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              required: ['region', 'api', 'reason'],
              additionalProperties: false,
            },
            description:
              'Enrichment AWS denied in the last attempt: left out of the entities, the inventory applied.',
          },
          problems: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                region: {
                  type: 'string',
                },
                resource: {
                  type: 'string',
                },
                problem: {
                  type: 'string',
                },
              },
              required: ['region', 'resource', 'problem'],
              additionalProperties: false,
            },
            description:
              'AWS data the last attempt refused (a resource left out, an owner tag not used), the first 100; `problemCount` says how many there were.',
          },
          problemCount: {
            type: 'number',
          },
          lastChangeEvent: {
            type: 'object',
            properties: {
              eventName: {
                type: 'string',
                description:
                  'The CloudTrail-recorded call, such as CreateVpcEndpoint.',
              },
              region: {
                type: 'string',
              },
              at: {
                type: 'string',
                description: 'When AWS says the call was made.',
              },
              receivedAt: {
                type: 'string',
                description: 'When the event reached the catalog.',
              },
            },
            required: ['eventName', 'region', 'receivedAt'],
            additionalProperties: false,
            description:
              'The last AWS change event of the account the catalog received (privatelink.inventory.changeEvents), kept across restarts until a newer one; it asked for the refresh that followed.',
          },
        },
        required: ['provider', 'regions', 'apiCalls', 'omitted'],
        additionalProperties: false,
        description: "What the last refresh of one account's inventory did.",
      },
      UsageCollectionStatus: {
        type: 'object',
        properties: {
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          collectedAt: {
            type: 'string',
          },
          entities: {
            type: 'number',
          },
          daysFetched: {
            type: 'number',
          },
          rows: {
            type: 'number',
          },
          metricsRequested: {
            type: 'number',
            description:
              'CloudWatch metrics requested (each query of each call counts, as CloudWatch bills it).',
          },
          cloudWatchCostUsd: {
            type: 'number',
            description:
              'metricsRequested x the GetMetricData price per 1,000 metrics.',
          },
          error: {
            type: 'string',
          },
        },
        required: [
          'accountId',
          'region',
          'collectedAt',
          'entities',
          'daysFetched',
          'rows',
          'metricsRequested',
          'cloudWatchCostUsd',
        ],
        additionalProperties: false,
        description:
          'What the last usage collection did in one account and region.',
      },
      OperatorsStatus: {
        type: 'object',
        properties: {
          inventory: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InventoryRefreshStatus',
            },
          },
          usage: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UsageCollectionStatus',
            },
          },
          invalidEntities: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                entityRef: {
                  type: 'string',
                },
                error: {
                  type: 'string',
                },
                seenAt: {
                  type: 'string',
                },
              },
              required: ['entityRef', 'error', 'seenAt'],
              additionalProperties: false,
            },
            description:
              'Entities that claim to be endpoints or services and do not match the contract.',
          },
        },
        required: ['inventory', 'usage', 'invalidEntities'],
        additionalProperties: false,
        description: "The operators' view of the portal.",
      },
      InventoryFreshness: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          lastSuccessAt: {
            type: 'string',
            description:
              'Undefined when the account has no refresh on record (a portal that just started).',
          },
          lastAttemptAt: {
            type: 'string',
          },
          stale: {
            type: 'boolean',
          },
          failingSince: {
            type: 'string',
            description:
              'When the failing refreshes began to fail (the last failure, when no success followed).',
          },
        },
        required: ['entityRef', 'accountId', 'stale'],
        additionalProperties: false,
        description:
          "Whether the inventory an entity comes from is current: stale when its account's last refresh attempt failed (revoked credentials, throttling), with the time of the last good one. The error itself is for the operators' status.",
      },
      PostureFinding: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          checkId: {
            type: 'string',
          },
          severity: {
            $ref: '#/components/schemas/FindingSeverity',
          },
          title: {
            type: 'string',
          },
          evidence: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The statements, rules or facts that made the check fire.',
          },
          fix: {
            type: 'string',
          },
          suppressed: {
            type: 'string',
            description:
              "Set when the owner suppressed the check on this entity: the annotation's reason.",
          },
          firstSeen: {
            type: 'string',
          },
          lastSeen: {
            type: 'string',
          },
          remedies: {
            type: 'array',
            description:
              "Requests in the portal that fix the finding, their forms filled in (an entity's report only).",
            items: {
              $ref: '#/components/schemas/FindingRemedy',
            },
          },
        },
        required: [
          'entityRef',
          'checkId',
          'severity',
          'title',
          'evidence',
          'fix',
          'firstSeen',
          'lastSeen',
        ],
        additionalProperties: false,
        description:
          'What one posture check found on one endpoint, service or VPC.',
      },
      FindingRemedy: {
        type: 'object',
        properties: {
          title: {
            type: 'string',
          },
          url: {
            type: 'string',
            description:
              "A path of the portal, such as a template's form with its fields filled in.",
          },
        },
        required: ['title', 'url'],
        additionalProperties: false,
      },
      FindingSeverity: {
        type: 'string',
        enum: ['high', 'medium', 'low'],
      },
      PostureReport: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PostureFinding',
            },
          },
          checks: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                severity: {
                  $ref: '#/components/schemas/FindingSeverity',
                },
              },
              required: ['id', 'title', 'severity'],
              additionalProperties: false,
            },
          },
        },
        required: ['entityRef', 'findings', 'checks'],
        additionalProperties: false,
        description: "An entity's open findings and the checks that ran on it.",
      },
      FleetFilter: {
        type: 'object',
        properties: {
          tenant: {
            type: 'string',
          },
          vendor: {
            type: 'string',
          },
          account: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          type: {
            type: 'string',
            description:
              'Interface, Gateway, GatewayLoadBalancer, or Service for the services our accounts provide.',
          },
        },
        additionalProperties: false,
        description:
          'What the fleet page filters by; every filter narrows every figure on the page.',
      },
      FleetGroup: {
        type: 'object',
        properties: {
          key: {
            type: 'string',
          },
          endpoints: {
            type: 'number',
          },
          services: {
            type: 'number',
          },
          monthlyCostUsd: {
            type: 'number',
          },
          natSavingUsd: {
            type: 'number',
          },
          idle: {
            type: 'number',
          },
          idleMonthlyUsd: {
            type: 'number',
            description: 'What the idle endpoints cost a month while idle.',
          },
          unhealthy: {
            type: 'number',
          },
          degraded: {
            type: 'number',
          },
          findings: {
            type: 'object',
            properties: {
              high: {
                type: 'number',
              },
              medium: {
                type: 'number',
              },
              low: {
                type: 'number',
              },
            },
            required: ['high', 'medium', 'low'],
            additionalProperties: false,
          },
        },
        required: [
          'key',
          'endpoints',
          'services',
          'monthlyCostUsd',
          'natSavingUsd',
          'idle',
          'idleMonthlyUsd',
          'unhealthy',
          'degraded',
          'findings',
        ],
        additionalProperties: false,
        description:
          'A group of the fleet (a tenant, a vendor, an account and region) and its figures.',
      },
      FleetRow: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['endpoint', 'service'],
          },
          title: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
            description: 'The endpoint id, or the service id.',
          },
          ownerRef: {
            type: 'string',
          },
          vendorRef: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          vpcId: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          state: {
            type: 'string',
          },
          serviceLabel: {
            type: 'string',
          },
          monthlyCostUsd: {
            type: 'number',
          },
          natSavingUsd: {
            type: 'number',
          },
          idle: {
            type: 'boolean',
          },
          idleMonthlyUsd: {
            type: 'number',
            description:
              "What an idle endpoint costs a month while idle (its hourly charges x 730 h, the Cost card's hourly part); 0 when it is in use.",
          },
          wastedSoFarUsd: {
            type: 'number',
            description:
              "What an idle endpoint's days without bytes have cost so far; 0 when it is in use.",
          },
          bytesProcessed30d: {
            type: 'number',
          },
          health: {
            $ref: '#/components/schemas/HealthStatus',
          },
          healthReasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          findings: {
            type: 'object',
            properties: {
              high: {
                type: 'number',
              },
              medium: {
                type: 'number',
              },
              low: {
                type: 'number',
              },
            },
            required: ['high', 'medium', 'low'],
            additionalProperties: false,
          },
        },
        required: [
          'entityRef',
          'kind',
          'title',
          'resourceId',
          'accountId',
          'region',
          'type',
          'state',
          'serviceLabel',
          'monthlyCostUsd',
          'idle',
          'idleMonthlyUsd',
          'wastedSoFarUsd',
          'health',
          'healthReasons',
          'findings',
        ],
        additionalProperties: false,
        description: 'One endpoint or provided service in the fleet snapshot.',
      },
      FleetSummary: {
        type: 'object',
        properties: {
          filter: {
            $ref: '#/components/schemas/FleetFilter',
          },
          refreshedAt: {
            type: 'string',
            description:
              'When the snapshot the figures come from was taken; none before the first one.',
          },
          totals: {
            $ref: '#/components/schemas/FleetGroup',
          },
          byType: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: {
                  type: 'string',
                },
                count: {
                  type: 'number',
                },
              },
              required: ['type', 'count'],
              additionalProperties: false,
            },
          },
          byState: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                state: {
                  type: 'string',
                },
                count: {
                  type: 'number',
                },
              },
              required: ['state', 'count'],
              additionalProperties: false,
            },
          },
          byTenant: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetGroup',
            },
          },
          byVendor: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetGroup',
            },
          },
          byAccountRegion: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetGroup',
            },
          },
          topIdle: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetRow',
            },
            description:
              'Idle endpoints, the dearest a month first (at most 20).',
          },
          unhealthy: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetRow',
            },
            description:
              'Unhealthy, then degraded endpoints and services (at most 100).',
          },
          findingsByCheck: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                checkId: {
                  type: 'string',
                },
                severity: {
                  type: 'string',
                },
                count: {
                  type: 'number',
                },
                subject: {
                  type: 'string',
                  enum: ['endpoint', 'service', 'vpc'],
                },
              },
              required: ['checkId', 'severity', 'count', 'subject'],
              additionalProperties: false,
            },
            description:
              "Open, unsuppressed findings of the fleet's endpoints, provided services and VPCs by check and severity, with the kind of entity each check is of. VPCs have no vendor or endpoint type: a vendor filter, or a type filter other than `VPC`, leaves their findings out.",
          },
          options: {
            type: 'object',
            properties: {
              tenants: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              vendors: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              accounts: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              regions: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              types: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
            required: ['tenants', 'vendors', 'accounts', 'regions', 'types'],
            additionalProperties: false,
            description: 'What the filters can take, from the whole fleet.',
          },
        },
        required: [
          'filter',
          'totals',
          'byType',
          'byState',
          'byTenant',
          'byVendor',
          'byAccountRegion',
          'topIdle',
          'unhealthy',
          'findingsByCheck',
          'options',
        ],
        additionalProperties: false,
        description: "The fleet page's figures, aggregated by the backend.",
      },
      RequestAccount: {
        type: 'object',
        properties: {
          accountId: {
            type: 'string',
          },
          regions: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          canRequest: {
            type: 'boolean',
            description:
              'False for an account read from a snapshot or without a write role; `reason` says which.',
          },
          reason: {
            type: 'string',
          },
        },
        required: ['accountId', 'regions', 'canRequest'],
        additionalProperties: false,
        description:
          'An account the portal manages, and whether endpoints can be requested in it.',
      },
      RequestOwner: {
        type: 'object',
        properties: {
          ref: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
        },
        required: ['ref', 'title'],
        additionalProperties: false,
        description: 'A group the signed-in user may request endpoints for.',
      },
      RequestVpc: {
        type: 'object',
        properties: {
          vpcId: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          cidrBlocks: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          isDefault: {
            type: 'boolean',
          },
        },
        required: ['vpcId', 'entityRef', 'title', 'cidrBlocks'],
        additionalProperties: false,
        description: 'A VPC of an account and region, from the catalog.',
      },
      RequestSubnet: {
        type: 'object',
        properties: {
          subnetId: {
            type: 'string',
          },
          availabilityZone: {
            type: 'string',
          },
          cidrBlock: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
        required: ['subnetId'],
        additionalProperties: false,
        description: 'A subnet of a VPC, with its Availability Zone.',
      },
      RequestSecurityGroup: {
        type: 'object',
        properties: {
          groupId: {
            type: 'string',
          },
          groupName: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          findings: {
            type: 'array',
            description:
              "What the portal's security group checks (sg-open-ingress, sg-broad-ports) would find on an endpoint that used the group; absent when its rules could not be read.",
            items: {
              type: 'object',
              properties: {
                checkId: {
                  type: 'string',
                },
                severity: {
                  $ref: '#/components/schemas/FindingSeverity',
                },
                title: {
                  type: 'string',
                },
                evidence: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              },
              required: ['checkId', 'severity', 'title', 'evidence'],
              additionalProperties: false,
            },
          },
        },
        required: ['groupId'],
        additionalProperties: false,
        description: 'A security group of a VPC.',
      },
      RequestServiceGroup: {
        type: 'object',
        description:
          'The endpoint services of one vendor (or AWS, or a team of ours) a tenant may request.',
        properties: {
          vendorRef: {
            type: 'string',
            description:
              'The vendor group (or the owning team of one of our services), when known.',
          },
          vendorTitle: {
            type: 'string',
          },
          services: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequestService',
            },
          },
        },
        required: ['vendorTitle', 'services'],
        additionalProperties: false,
      },
      RequestService: {
        type: 'object',
        description:
          'One endpoint service the region offers the account (DescribeVpcEndpointServices), with what an interface endpoint to it costs before any traffic.',
        properties: {
          serviceName: {
            type: 'string',
          },
          title: {
            type: 'string',
            description:
              "The service as people say it (sts, a vendor's title), or its name.",
          },
          serviceType: {
            type: 'string',
            enum: ['Interface', 'Gateway', 'GatewayLoadBalancer'],
          },
          owner: {
            type: 'string',
            description:
              "The provider's account id, or amazon (DescribeVpcEndpointServices Owner).",
          },
          acceptanceRequired: {
            type: 'boolean',
            description:
              'Whether the provider must accept the endpoint before traffic flows.',
          },
          privateDnsName: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
            description:
              "The service's catalog entity, when the catalog has one.",
          },
          monthlyUsdPerAz: {
            type: 'number',
            description:
              "An interface endpoint's hourly charge for one Availability Zone x 730 h (USD), before any data processing; 0 for gateway endpoints.",
          },
        },
        required: ['serviceName', 'title', 'serviceType', 'monthlyUsdPerAz'],
        additionalProperties: false,
      },
      InventoryRefreshTriggered: {
        type: 'object',
        properties: {
          accountId: {
            type: 'string',
          },
          taskId: {
            type: 'string',
            description: "The catalog module's refresh task of the account.",
          },
        },
        required: ['accountId', 'taskId'],
        additionalProperties: false,
      },
      RequestRouteTables: {
        type: 'object',
        description: "A VPC's route tables, for a gateway endpoint's routes.",
        properties: {
          source: {
            type: 'string',
            enum: ['aws', 'snapshot'],
            description:
              "aws: DescribeRouteTables and DescribeVpcEndpoints with the account's read role, now; snapshot: the account's exported describe-route-tables.json and describe-vpc-endpoints.json.",
          },
          routeTables: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequestRouteTable',
            },
          },
        },
        required: ['source', 'routeTables'],
        additionalProperties: false,
      },
      RequestRouteTable: {
        type: 'object',
        properties: {
          routeTableId: {
            type: 'string',
          },
          name: {
            type: 'string',
            description: 'Its Name tag.',
          },
          main: {
            type: 'boolean',
            description:
              "Whether it is the VPC's main route table (subnets without their own use it).",
          },
          subnetIds: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'The subnets explicitly associated with it.',
          },
          gatewayEndpoints: {
            type: 'array',
            description:
              'The gateway endpoints it already routes through, by service.',
            items: {
              type: 'object',
              properties: {
                endpointId: {
                  type: 'string',
                },
                serviceName: {
                  type: 'string',
                },
              },
              required: ['endpointId', 'serviceName'],
              additionalProperties: false,
            },
          },
        },
        required: ['routeTableId', 'main', 'subnetIds', 'gatewayEndpoints'],
        additionalProperties: false,
      },
      RequestServices: {
        type: 'object',
        properties: {
          source: {
            type: 'string',
            enum: ['aws', 'snapshot'],
            description:
              "aws: DescribeVpcEndpointServices with the account's read role, now; snapshot: the account's exported describe-vpc-endpoint-services.json.",
          },
          note: {
            type: 'string',
            description:
              'What the list rests on, in a sentence the form shows.',
          },
          groups: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequestServiceGroup',
            },
          },
        },
        required: ['source', 'groups'],
        additionalProperties: false,
      },
      RequestEstimate: {
        type: 'object',
        properties: {
          monthlyUsd: {
            type: 'number',
          },
          perGbUsd: {
            type: 'number',
          },
          formula: {
            type: 'string',
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
          titles: {
            type: 'object',
            description:
              "What the request names, as people read it: the team's, the VPC's and the service's titles from the catalog (the id where the catalog has none), for the review.",
            properties: {
              owner: {
                type: 'string',
              },
              vpc: {
                type: 'string',
              },
              service: {
                type: 'string',
              },
            },
            required: ['owner', 'vpc', 'service'],
            additionalProperties: false,
          },
          duplicates: {
            type: 'array',
            description:
              'The live endpoints of the same type the VPC already has to the service, with what the fleet snapshot says they cost (absent for one the last evaluation has not seen).',
            items: {
              type: 'object',
              properties: {
                entityRef: {
                  type: 'string',
                },
                endpointId: {
                  type: 'string',
                },
                owner: {
                  type: 'string',
                },
                monthlyCostUsd: {
                  type: 'number',
                  description:
                    "The existing endpoint's monthly estimate (its Cost card's total).",
                },
                idle: {
                  type: 'boolean',
                },
                idleMonthlyUsd: {
                  type: 'number',
                  description:
                    'What it costs a month while idle; 0 when it is in use.',
                },
              },
              required: ['entityRef', 'endpointId'],
              additionalProperties: false,
            },
          },
        },
        required: [
          'titles',
          'monthlyUsd',
          'perGbUsd',
          'formula',
          'tags',
          'duplicates',
        ],
        additionalProperties: false,
        description:
          'The review step: what the endpoint will cost, carry and duplicate.',
      },
      AuditCampaignStatus: {
        type: 'string',
        enum: ['open', 'complete', 'overdue'],
      },
      AuditItem: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['endpoint', 'service'],
          },
          facts: {
            $ref: '#/components/schemas/FrozenAuditFacts',
          },
          drift: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditDrift',
            },
          },
          decision: {
            $ref: '#/components/schemas/AuditDecision',
          },
          history: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditDecision',
            },
            description: 'Every decision, oldest first.',
          },
          keepableUnchanged: {
            type: 'boolean',
            description:
              "Whether the item may be kept unchanged in a batch (the campaign's keep-unchanged route): no drift since the previous audit and no finding open when the campaign opened.",
          },
        },
        required: [
          'entityRef',
          'kind',
          'facts',
          'drift',
          'history',
          'keepableUnchanged',
        ],
        additionalProperties: false,
      },
      FrozenAuditFacts: {
        type: 'object',
        properties: {
          title: {
            type: 'string',
          },
          type: {
            type: 'string',
            description:
              'Endpoint type (Interface, Gateway, GatewayLoadBalancer) or "Service" for a provided service.',
          },
          resourceId: {
            type: 'string',
            description: 'The endpoint id or the service id.',
          },
          serviceName: {
            type: 'string',
          },
          vendorRef: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          vpcId: {
            type: 'string',
          },
          state: {
            type: 'string',
          },
          availabilityZones: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          usage: {
            type: 'object',
            properties: {
              from: {
                type: 'string',
                description:
                  'The quarter-long window before the campaign opened, inclusive days.',
              },
              to: {
                type: 'string',
              },
              daysCollected: {
                type: 'number',
                description:
                  'Collected days in the window; 0 when the entity publishes no metrics (gateway, consumed).',
              },
              bytesProcessed: {
                type: 'number',
              },
              idle: {
                $ref: '#/components/schemas/IdleVerdict',
              },
            },
            required: ['from', 'to', 'daysCollected', 'bytesProcessed'],
            additionalProperties: false,
          },
          cost: {
            type: 'object',
            properties: {
              monthlyUsd: {
                type: 'number',
              },
              natSavingUsd: {
                type: 'number',
              },
              formula: {
                type: 'string',
              },
            },
            required: ['monthlyUsd', 'formula'],
            additionalProperties: false,
          },
          health: {
            type: 'object',
            properties: {
              status: {
                $ref: '#/components/schemas/HealthStatus',
              },
              reasons: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
            required: ['status', 'reasons'],
            additionalProperties: false,
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FrozenFinding',
            },
          },
        },
        required: [
          'title',
          'type',
          'resourceId',
          'serviceName',
          'accountId',
          'region',
          'availabilityZones',
          'usage',
          'health',
          'findings',
        ],
        additionalProperties: false,
        description:
          "One endpoint or provided service as it stood when its owner's campaign opened. Frozen: later changes in AWS or the catalog never rewrite it.",
      },
      FrozenFinding: {
        type: 'object',
        properties: {
          checkId: {
            type: 'string',
          },
          severity: {
            $ref: '#/components/schemas/FindingSeverity',
          },
          title: {
            type: 'string',
          },
          evidence: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The statements, rules or facts that made the check fire.',
          },
          fix: {
            type: 'string',
          },
          suppressed: {
            type: 'string',
            description:
              "Set when the owner suppressed the check on this entity: the annotation's reason.",
          },
          firstSeen: {
            type: 'string',
          },
        },
        required: [
          'checkId',
          'severity',
          'title',
          'evidence',
          'fix',
          'firstSeen',
        ],
        additionalProperties: false,
        description: 'A finding as it stood when the campaign opened.',
      },
      AuditDrift: {
        anyOf: [
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'created',
              },
              detail: {
                type: 'string',
              },
            },
            required: ['type', 'detail'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'owner-changed',
              },
              from: {
                type: 'string',
              },
              detail: {
                type: 'string',
              },
            },
            required: ['type', 'from', 'detail'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'newly-idle',
              },
              detail: {
                type: 'string',
              },
            },
            required: ['type', 'detail'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'finding-new',
              },
              checkId: {
                type: 'string',
              },
              detail: {
                type: 'string',
              },
            },
            required: ['type', 'checkId', 'detail'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: {
                type: 'string',
                const: 'finding-resolved',
              },
              checkId: {
                type: 'string',
              },
              detail: {
                type: 'string',
              },
            },
            required: ['type', 'checkId', 'detail'],
            additionalProperties: false,
          },
        ],
        description:
          "What changed about an item since the owner's previous campaign.",
      },
      AuditDecision: {
        type: 'object',
        properties: {
          id: {
            type: 'number',
          },
          decision: {
            $ref: '#/components/schemas/AuditDecisionKind',
          },
          fix: {
            type: 'string',
            description: 'For a fix decision: what will be fixed.',
          },
          comment: {
            type: 'string',
          },
          actor: {
            type: 'string',
            description: 'The user who decided, from their credentials.',
          },
          decidedAt: {
            type: 'string',
          },
        },
        required: ['id', 'decision', 'comment', 'actor', 'decidedAt'],
        additionalProperties: false,
        description:
          'One recorded decision; decisions are append-only and the latest one counts.',
      },
      AuditDecisionKind: {
        type: 'string',
        enum: ['keep', 'fix', 'retire'],
        description:
          'What an owner decides about one audited endpoint or provided service.',
      },
      AuditDeparture: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
          },
          type: {
            type: 'string',
            enum: ['deleted', 'owner-changed'],
            description:
              "Deleted: no longer in the inventory; owner-changed: now another owner's.",
          },
          to: {
            type: 'string',
            description: 'The new owner, for owner-changed.',
          },
          detail: {
            type: 'string',
          },
        },
        required: ['entityRef', 'title', 'resourceId', 'type', 'detail'],
        additionalProperties: false,
        description:
          "An item of the previous campaign that is no longer the owner's.",
      },
      AuditCampaign: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          quarter: {
            type: 'string',
          },
          openedAt: {
            type: 'string',
          },
          dueAt: {
            type: 'string',
          },
          openedBy: {
            type: 'string',
            description: '"scheduler" or the user who opened it on demand.',
          },
          previousCampaignId: {
            type: 'string',
            description:
              "The owner's previous campaign, the baseline of the drift; none for a first audit.",
          },
          items: {
            type: 'number',
          },
          decided: {
            type: 'number',
          },
          status: {
            $ref: '#/components/schemas/AuditCampaignStatus',
          },
          completedAt: {
            type: 'string',
            description:
              'When the last item got its first decision, once complete.',
          },
          lastDecisionAt: {
            type: 'string',
            description:
              "When the campaign's latest decision was recorded; none before the first.",
          },
          entries: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditItem',
            },
          },
          departures: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditDeparture',
            },
          },
        },
        required: [
          'decided',
          'departures',
          'dueAt',
          'entries',
          'id',
          'items',
          'openedAt',
          'openedBy',
          'owner',
          'quarter',
          'status',
        ],
        additionalProperties: false,
      },
      AuditCampaignSummary: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          quarter: {
            type: 'string',
          },
          openedAt: {
            type: 'string',
          },
          dueAt: {
            type: 'string',
          },
          openedBy: {
            type: 'string',
            description: '"scheduler" or the user who opened it on demand.',
          },
          previousCampaignId: {
            type: 'string',
            description:
              "The owner's previous campaign, the baseline of the drift; none for a first audit.",
          },
          items: {
            type: 'number',
          },
          decided: {
            type: 'number',
          },
          status: {
            $ref: '#/components/schemas/AuditCampaignStatus',
          },
          completedAt: {
            type: 'string',
            description:
              'When the last item got its first decision, once complete.',
          },
          lastDecisionAt: {
            type: 'string',
            description:
              "When the campaign's latest decision was recorded; none before the first.",
          },
        },
        required: [
          'id',
          'owner',
          'quarter',
          'openedAt',
          'dueAt',
          'openedBy',
          'items',
          'decided',
          'status',
        ],
        additionalProperties: false,
        description: 'A campaign with its progress.',
      },
      RequestSubnets: {
        type: 'object',
        properties: {
          source: {
            $ref: '#/components/schemas/RequestNetworkSource',
          },
          subnets: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequestSubnet',
            },
          },
        },
        required: ['source', 'subnets'],
        additionalProperties: false,
      },
      RequestSecurityGroups: {
        type: 'object',
        properties: {
          source: {
            $ref: '#/components/schemas/RequestNetworkSource',
          },
          securityGroups: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RequestSecurityGroup',
            },
          },
        },
        required: ['source', 'securityGroups'],
        additionalProperties: false,
      },
      RequestNetworkSource: {
        type: 'string',
        enum: ['aws', 'inventory'],
      },
      OpenedCampaign: {
        type: 'object',
        properties: {
          campaign: {
            $ref: '#/components/schemas/AuditCampaignSummary',
          },
          opened: {
            type: 'boolean',
          },
        },
        required: ['campaign', 'opened'],
        additionalProperties: false,
      },
      RecordedDecision: {
        type: 'object',
        properties: {
          decision: {
            $ref: '#/components/schemas/AuditDecision',
          },
          replayed: {
            type: 'boolean',
          },
        },
        required: ['decision', 'replayed'],
        additionalProperties: false,
      },
      DecisionRequest: {
        type: 'object',
        properties: {
          decision: {
            $ref: '#/components/schemas/AuditDecisionKind',
            description: 'Keep, fix or retire',
          },
          fix: {
            type: 'string',
            maxLength: 2000,
            description:
              'What will be fixed, up to 2,000 characters (required for a fix decision)',
          },
          comment: {
            type: 'string',
            minLength: 1,
            maxLength: 4000,
            description: 'Why, 1 to 4,000 characters',
          },
          idempotencyKey: {
            type: 'string',
            pattern: '^[A-Za-z0-9._:-]{8,128}$',
            description:
              '8 to 128 letters, digits or ._:-, one per submitted decision (a replay returns the decision first recorded)',
          },
        },
        required: ['decision', 'comment', 'idempotencyKey'],
        description:
          'The actor is the signed-in user, never a field of the body: unknown fields are ignored.',
      },
      KeepUnchangedRequest: {
        type: 'object',
        properties: {
          entityRefs: {
            type: 'array',
            minItems: 1,
            maxItems: 500,
            items: {
              type: 'string',
            },
            description:
              'the items to keep unchanged, 1 to 500 entity refs, each without drift and without an open finding when the campaign opened',
          },
          comment: {
            type: 'string',
            minLength: 1,
            maxLength: 4000,
            description:
              "Why, 1 to 4,000 characters, recorded on every item's decision",
          },
          idempotencyKey: {
            type: 'string',
            pattern: '^[A-Za-z0-9._:-]{8,100}$',
            description:
              '8 to 100 letters, digits or ._:-, one per submitted batch (a replay returns the decisions first recorded)',
          },
        },
        required: ['entityRefs', 'comment', 'idempotencyKey'],
        description:
          'The actor is the signed-in user, never a field of the body: unknown fields are ignored.',
      },
      KeptUnchanged: {
        type: 'object',
        properties: {
          decisions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AuditDecision',
            },
            description: 'One keep decision per item, in the order asked.',
          },
          replayed: {
            type: 'number',
            description:
              'How many of them a replay of the same batch had already recorded.',
          },
        },
        required: ['decisions', 'replayed'],
        additionalProperties: false,
      },
      AuditExport: {
        type: 'object',
        properties: {
          exportedAt: {
            type: 'string',
          },
          exportedBy: {
            type: 'string',
          },
          campaign: {
            $ref: '#/components/schemas/AuditCampaign',
          },
        },
        required: ['exportedAt', 'exportedBy', 'campaign'],
        additionalProperties: false,
      },
      EntityAuditHistory: {
        type: 'object',
        properties: {
          entityRef: {
            type: 'string',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                campaign: {
                  $ref: '#/components/schemas/AuditCampaignSummary',
                },
                item: {
                  $ref: '#/components/schemas/AuditItem',
                },
              },
              required: ['campaign', 'item'],
              additionalProperties: false,
            },
          },
        },
        required: ['entityRef', 'items'],
        additionalProperties: false,
      },
      Findings: {
        type: 'object',
        properties: {
          owner: {
            type: 'string',
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PostureFinding',
            },
          },
        },
        required: ['findings'],
        additionalProperties: false,
      },
      EntitySummary: {
        type: 'object',
        description:
          "Everything an entity page's PrivateLink cards show, read with one catalog read and one permission decision. A part is absent where it does not apply to the entity: a VPC has findings and freshness only; a service no inventoried account provides (a vendor's) has no freshness.",
        properties: {
          entityRef: {
            type: 'string',
          },
          freshness: {
            $ref: '#/components/schemas/InventoryFreshness',
          },
          findings: {
            $ref: '#/components/schemas/PostureReport',
          },
          usage: {
            $ref: '#/components/schemas/UsageReport',
            description:
              'The last 30 days, as the usage route gives them without days.',
          },
          cost: {
            $ref: '#/components/schemas/CostReport',
          },
          health: {
            $ref: '#/components/schemas/HealthReport',
          },
          alerts: {
            $ref: '#/components/schemas/AlertsReport',
          },
        },
        required: ['entityRef', 'findings'],
        additionalProperties: false,
      },
      ConsolidationAdvice: {
        type: 'object',
        description:
          "One service's interface endpoints in two or more VPCs of a network and region, and what one endpoint set in a hub VPC would cost instead (USD a month, from the last 30 days of bytes).",
        properties: {
          network: {
            type: 'string',
            description:
              "The network's name in privatelink.consolidation.networks.",
          },
          region: {
            type: 'string',
          },
          serviceName: {
            type: 'string',
          },
          endpoints: {
            type: 'array',
            description:
              "The endpoints a hub would serve, the hub VPC's first.",
            items: {
              type: 'object',
              properties: {
                entityRef: {
                  type: 'string',
                },
                endpointId: {
                  type: 'string',
                },
                accountId: {
                  type: 'string',
                },
                vpcId: {
                  type: 'string',
                },
                azCount: {
                  type: 'integer',
                },
                gbPerMonth: {
                  type: 'number',
                  description: 'GB of the last 30 days.',
                },
              },
              required: [
                'entityRef',
                'endpointId',
                'accountId',
                'vpcId',
                'azCount',
                'gbPerMonth',
              ],
              additionalProperties: false,
            },
          },
          hubVpcId: {
            type: 'string',
            description:
              'The VPC that carries the most bytes, whose traffic stays local.',
          },
          hubAzCount: {
            type: 'integer',
            description: "The hub's AZs, the most any of the endpoints has.",
          },
          todayMonthlyUsd: {
            type: 'number',
            description:
              'What the endpoints cost a month now (AZ-hours and tiered per-GB, each on its own).',
          },
          hubMonthlyUsd: {
            type: 'number',
            description:
              "One endpoint set in the hub (its AZ-hours, per-GB on every byte), the Transit Gateway's per-GB on the other VPCs' bytes, attachments that do not exist yet, and the private hosted zone.",
          },
          savingMonthlyUsd: {
            type: 'number',
            description:
              'todayMonthlyUsd less hubMonthlyUsd; negative when the hub would cost more.',
          },
          breakEvenSpokeGbPerMonth: {
            type: 'number',
            description:
              'The GB a month the other VPCs may send through the Transit Gateway before the hub costs more than today; absent when the hub costs more whatever the bytes.',
          },
          keptApart: {
            type: 'array',
            description:
              'Endpoints of the service a shared endpoint would not serve as they are, and why.',
            items: {
              type: 'object',
              properties: {
                entityRef: {
                  type: 'string',
                },
                endpointId: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              required: ['entityRef', 'endpointId', 'reason'],
              additionalProperties: false,
            },
          },
          formula: {
            type: 'string',
            description:
              'Both sums written out with the figures and prices used.',
          },
        },
        required: [
          'network',
          'region',
          'serviceName',
          'endpoints',
          'hubVpcId',
          'hubAzCount',
          'todayMonthlyUsd',
          'hubMonthlyUsd',
          'savingMonthlyUsd',
          'keptApart',
          'formula',
        ],
        additionalProperties: false,
      },
      ConsolidationReport: {
        type: 'object',
        properties: {
          computedAt: {
            type: 'string',
            format: 'date-time',
            description:
              'When the posture evaluation that computed it ran; absent when computed for this answer.',
          },
          advice: {
            type: 'array',
            description: 'The largest saving first; losses last.',
            items: {
              $ref: '#/components/schemas/ConsolidationAdvice',
            },
          },
        },
        required: ['advice'],
        additionalProperties: false,
      },
      FleetRows: {
        type: 'object',
        properties: {
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FleetRow',
            },
          },
          total: {
            type: 'integer',
            description:
              'The rows the filters and the search select, on every page.',
          },
          refreshedAt: {
            type: 'string',
            description:
              'When the snapshot the rows come from was written (after each posture evaluation): how stale a row may be. Absent before the first.',
          },
        },
        required: ['rows', 'total'],
        additionalProperties: false,
      },
      CostHistory: {
        type: 'object',
        description:
          "What a tenant's, a vendor's or the whole fleet's endpoints cost each month, from the kept daily usage: per endpoint and month, its hourly charge x 24 h x the days it was collected, plus the month's bytes at the region's per-GB price (tiered per endpoint, as the Cost card). Gateway endpoints are free and left out.",
        properties: {
          subject: {
            type: 'string',
            description: 'The owner or vendor the history is of, or "fleet".',
          },
          endpoints: {
            type: 'integer',
            description: 'The endpoints it sums (gateway endpoints left out).',
          },
          months: {
            type: 'array',
            description:
              'From the first month with a collected day, at most 13, oldest first; the last is this month so far.',
            items: {
              $ref: '#/components/schemas/CostMonth',
            },
          },
          thisMonth: {
            $ref: '#/components/schemas/CostForecast',
          },
          formula: {
            type: 'string',
          },
        },
        required: ['subject', 'endpoints', 'months', 'formula'],
        additionalProperties: false,
      },
      CostMonth: {
        type: 'object',
        properties: {
          month: {
            type: 'string',
            description: 'YYYY-MM, UTC.',
          },
          hourlyUsd: {
            type: 'number',
          },
          dataProcessingUsd: {
            type: 'number',
          },
          totalUsd: {
            type: 'number',
          },
          gb: {
            type: 'number',
            description: 'GB processed in the month.',
          },
          endpoints: {
            type: 'integer',
            description: 'Endpoints with a collected day in the month.',
          },
          complete: {
            type: 'boolean',
            description: 'False for this month, which is still running.',
          },
        },
        required: [
          'month',
          'hourlyUsd',
          'dataProcessingUsd',
          'totalUsd',
          'gb',
          'endpoints',
          'complete',
        ],
        additionalProperties: false,
      },
      CostForecast: {
        type: 'object',
        description:
          'This month so far and where it ends at the same daily rate (so far / its days elapsed to the last complete UTC day x days in the month), against last month.',
        properties: {
          month: {
            type: 'string',
          },
          soFarUsd: {
            type: 'number',
          },
          forecastUsd: {
            type: 'number',
          },
          daysSoFar: {
            type: 'integer',
          },
          daysInMonth: {
            type: 'integer',
          },
          lastMonthUsd: {
            type: 'number',
          },
          changeUsd: {
            type: 'number',
            description: 'The forecast less last month.',
          },
          changePercent: {
            type: 'number',
            description:
              'The change as a percentage of last month (absent when last month cost nothing).',
          },
        },
        required: [
          'month',
          'soFarUsd',
          'forecastUsd',
          'daysSoFar',
          'daysInMonth',
        ],
        additionalProperties: false,
      },
      Readiness: {
        type: 'object',
        properties: {
          status: {
            type: 'string',
            enum: ['ok', 'unavailable'],
          },
          ready: {
            type: 'boolean',
          },
          database: {
            type: 'string',
          },
        },
        required: ['status', 'ready', 'database'],
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/health': {
      get: {
        operationId: 'getReadiness',
        summary:
          'Whether the plugin can serve: its database answers and is migrated. Open to all.',
        tags: ['status'],
        responses: {
          '200': {
            description: 'Ready.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Readiness',
                },
              },
            },
          },
          '503': {
            description: 'Not ready.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Readiness',
                },
              },
            },
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/summary': {
      get: {
        operationId: 'getEntitySummary',
        summary:
          "What the entity page's cards show (usage of the last 30 days, cost, health, alerts, findings, freshness) in one answer.",
        tags: ['summary'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "What the entity page's cards show, in one answer.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntitySummary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/usage': {
      get: {
        operationId: 'getEntityUsage',
        summary:
          'Daily CloudWatch rollups of an endpoint or provided service and its idle verdict.',
        tags: ['usage'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'days',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{1,3}$',
            },
            description:
              'A whole number from 1 to 400 (days back from the last complete UTC day; 30 when not given)',
          },
        ],
        responses: {
          '200': {
            description:
              'Daily CloudWatch rollups of an endpoint or provided service and its idle verdict.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UsageReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/cost': {
      get: {
        operationId: 'getEntityCost',
        summary:
          'The monthly cost estimate, with the formula that made each figure.',
        tags: ['cost'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              'The monthly cost estimate, with the formula that made each figure.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/health': {
      get: {
        operationId: 'getEntityHealth',
        summary:
          'One health status with its reasons, per Availability Zone too.',
        tags: ['health'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              'One health status with its reasons, per Availability Zone too.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/HealthReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/alerts': {
      get: {
        operationId: 'getEntityAlerts',
        summary: "The entity's alert incidents, newest first.",
        tags: ['alerts'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's alert incidents, newest first.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AlertsReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/findings': {
      get: {
        operationId: 'getEntityFindings',
        summary:
          'Open posture findings of an endpoint, service or VPC and the checks that ran.',
        tags: ['posture'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              'Open posture findings of an endpoint, service or VPC and the checks that ran.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PostureReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/freshness': {
      get: {
        operationId: 'getEntityFreshness',
        summary: "Whether the inventory of the entity's account is current.",
        tags: ['status'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              "Whether the inventory of the entity's account is current.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InventoryFreshness',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/audit': {
      get: {
        operationId: 'getEntityAuditHistory',
        summary:
          "The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read).",
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description:
              "The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read).",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityAuditHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/cost-history': {
      get: {
        operationId: 'getCostHistory',
        summary:
          "What a tenant's (owner) or a vendor's endpoints cost each month over the kept days, and this month's forecast.",
        tags: ['cost'],
        parameters: [
          {
            $ref: '#/components/parameters/optionalOwner',
          },
          {
            name: 'vendor',
            in: 'query',
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
            description:
              "A vendor group's ref such as group:default/snowflake (a bare name means a group)",
          },
        ],
        responses: {
          '200': {
            description:
              "The monthly costs, oldest first, and this month's forecast.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/inventory': {
      get: {
        operationId: 'getInventory',
        summary:
          "Every endpoint an owner has (and, when asked, its child teams'), with usage, cost, health and findings, and the services it provides.",
        tags: ['inventory'],
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            name: 'includeChildren',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
            description:
              "True or false (false when not given): whether child teams' endpoints are included",
          },
          {
            name: 'q',
            in: 'query',
            schema: {
              type: 'string',
              maxLength: 200,
            },
            description:
              'At most 200 characters of words each endpoint must match, in any order and case: its name, endpoint id, VPC id, service, vendor ("internal" when none), account, region, type, state, team, health or its reasons, "idle" for idle endpoints, or a finding\'s check id',
          },
          {
            name: 'sort',
            in: 'query',
            schema: {
              type: 'string',
              enum: [
                'title',
                'endpointType',
                'serviceLabel',
                'accountId',
                'availabilityZones',
                'bytesProcessed30d',
                'monthlyCostUsd',
                'findings',
                'health',
                'ownerRef',
              ],
            },
            description:
              'One of title, endpointType, serviceLabel, accountId, availabilityZones, bytesProcessed30d, monthlyCostUsd, findings, health or ownerRef (the account, then the endpoint id, when not given)',
          },
          {
            $ref: '#/components/parameters/fleetOrder',
          },
          {
            $ref: '#/components/parameters/fleetOffset',
          },
          {
            $ref: '#/components/parameters/fleetLimit',
          },
        ],
        responses: {
          '200': {
            description: 'The inventory.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InventorySummary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/findings': {
      get: {
        operationId: 'listFindings',
        summary:
          "Open findings of what an owner has; without an owner, the fleet's (privatelink.findings.read).",
        tags: ['posture'],
        parameters: [
          {
            $ref: '#/components/parameters/optionalOwner',
          },
        ],
        responses: {
          '200': {
            description: 'Open findings.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Findings',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/fleet': {
      get: {
        operationId: 'getFleetSummary',
        summary:
          "The fleet page's figures, aggregated from the snapshot (privatelink.fleet.read).",
        tags: ['fleet'],
        parameters: [
          {
            $ref: '#/components/parameters/fleetTenant',
          },
          {
            $ref: '#/components/parameters/fleetVendor',
          },
          {
            $ref: '#/components/parameters/fleetAccount',
          },
          {
            $ref: '#/components/parameters/fleetRegion',
          },
          {
            $ref: '#/components/parameters/fleetType',
          },
        ],
        responses: {
          '200': {
            description: 'The figures.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetSummary',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/fleet/consolidation': {
      get: {
        operationId: 'getConsolidationAdvice',
        summary:
          'Where one endpoint set per service in a hub VPC would cost less than an interface endpoint in every VPC of a network (privatelink.consolidation.networks), and where it would cost more (privatelink.fleet.read). Kept by each posture evaluation.',
        tags: ['fleet'],
        responses: {
          '200': {
            description: 'The advice.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConsolidationReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/fleet/cost-history': {
      get: {
        operationId: 'getFleetCostHistory',
        summary:
          "What every endpoint of the fleet cost each month over the kept days, and this month's forecast (privatelink.fleet.read). Computed by each posture evaluation for the endpoints it read, and shared by every request until the next one (or the next day).",
        tags: ['fleet'],
        responses: {
          '200': {
            description:
              "The monthly costs, oldest first, and this month's forecast.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostHistory',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/fleet/rows': {
      get: {
        operationId: 'listFleetRows',
        summary:
          "The fleet's rows the filters and the search select, sorted and paged on the server (privatelink.fleet.read).",
        tags: ['fleet'],
        parameters: [
          {
            $ref: '#/components/parameters/fleetTenant',
          },
          {
            $ref: '#/components/parameters/fleetVendor',
          },
          {
            $ref: '#/components/parameters/fleetAccount',
          },
          {
            $ref: '#/components/parameters/fleetRegion',
          },
          {
            $ref: '#/components/parameters/fleetType',
          },
          {
            $ref: '#/components/parameters/fleetSearch',
          },
          {
            $ref: '#/components/parameters/fleetSort',
          },
          {
            $ref: '#/components/parameters/fleetOrder',
          },
          {
            $ref: '#/components/parameters/fleetOffset',
          },
          {
            $ref: '#/components/parameters/fleetLimit',
          },
        ],
        responses: {
          '200': {
            description:
              'One page of the rows the filters and the search select, in the order asked, with how many there are in all.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FleetRows',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'getOperatorsStatus',
        summary:
          'What each account refresh and usage collection last did (privatelink.status.read).',
        tags: ['status'],
        responses: {
          '200': {
            description: 'The status.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OperatorsStatus',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/status/accounts/{accountId}/refresh': {
      post: {
        operationId: 'refreshAccountInventory',
        summary:
          "Has the catalog module read one account's inventory again now (privatelink.status.read and privatelink.inventory.refresh): what changed in AWS shows within a minute, without a restart.",
        tags: ['status'],
        parameters: [
          {
            name: 'accountId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d{12}$',
            },
            description: 'A 12-digit AWS account id',
          },
        ],
        responses: {
          '202': {
            description: "The account's refresh task was triggered.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InventoryRefreshTriggered',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/status/inventory': {
      post: {
        operationId: 'reportInventoryRefresh',
        summary:
          "The catalog module's report of one account refresh; the catalog plugin's service credentials only.",
        tags: ['status'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/InventoryRefreshStatus',
              },
            },
          },
        },
        responses: {
          '204': {
            description: 'Recorded.',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/accounts': {
      get: {
        operationId: 'listRequestAccounts',
        summary:
          "Accounts and regions endpoints can be requested in. A signed-in user's choices, from their own credentials.",
        tags: ['requests'],
        responses: {
          '200': {
            description: 'Accounts.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    accounts: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/RequestAccount',
                      },
                    },
                  },
                  required: ['accounts'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/owners': {
      get: {
        operationId: 'listRequestOwners',
        summary:
          "Groups the user may request for. A signed-in user's choices, from their own credentials.",
        tags: ['requests'],
        responses: {
          '200': {
            description: 'Owners.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    owners: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/RequestOwner',
                      },
                    },
                  },
                  required: ['owners'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/vpcs': {
      get: {
        operationId: 'listRequestVpcs',
        summary: 'VPCs of an account and region.',
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
        ],
        responses: {
          '200': {
            description: 'VPCs.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    vpcs: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/RequestVpc',
                      },
                    },
                  },
                  required: ['vpcs'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/subnets': {
      get: {
        operationId: 'listRequestSubnets',
        summary: 'Subnets of a VPC, from AWS or the inventory.',
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
          {
            $ref: '#/components/parameters/vpc',
          },
        ],
        responses: {
          '200': {
            description: 'Subnets.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RequestSubnets',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/security-groups': {
      get: {
        operationId: 'listRequestSecurityGroups',
        summary:
          "Security groups of a VPC, from AWS or the inventory, each with what the portal's security group checks would find on an endpoint to the service that used it.",
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
          {
            $ref: '#/components/parameters/vpc',
          },
          {
            name: 'service',
            in: 'query',
            required: false,
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 256,
            },
            description:
              'The endpoint service name the groups are for (the ports it needs)',
          },
        ],
        responses: {
          '200': {
            description: 'Security groups.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RequestSecurityGroups',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/route-tables': {
      get: {
        operationId: 'listRequestRouteTables',
        summary:
          "A VPC's route tables, the main one marked, with the gateway endpoints each already routes through: where a gateway endpoint to S3 or DynamoDB can add its routes.",
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
          {
            $ref: '#/components/parameters/vpc',
          },
        ],
        responses: {
          '200': {
            description: 'Route tables.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RequestRouteTables',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/services': {
      get: {
        operationId: 'listRequestServices',
        summary:
          "The endpoint services the region offers the account (AWS services, vendors' services the account may use, our own), narrowed by privatelink.requests.allow for the owner, by vendor.",
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
          {
            $ref: '#/components/parameters/owner',
          },
        ],
        responses: {
          '200': {
            description: 'Services.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RequestServices',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/requests/estimate': {
      get: {
        operationId: 'getRequestEstimate',
        summary:
          'The review step: monthly cost before traffic (nothing for a gateway endpoint), the tags, and the endpoints to the service the VPC already has.',
        tags: ['requests'],
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/region',
          },
          {
            $ref: '#/components/parameters/vpc',
          },
          {
            name: 'service',
            in: 'query',
            required: true,
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 256,
            },
            description: 'An endpoint service name or its entity ref',
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            name: 'azs',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              pattern: '^\\d{1,2}$',
            },
            description:
              "A number of Availability Zones from 1 to 32 (an interface endpoint's)",
          },
          {
            name: 'type',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['Interface', 'Gateway'],
            },
            description: 'Interface or Gateway (Interface when not given)',
          },
          {
            name: 'ownerTagKey',
            in: 'query',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 128,
            },
            description:
              'The tag key that names the owner, 1 to 128 characters (owner when not given)',
          },
          {
            name: 'name',
            in: 'query',
            allowReserved: true,
            schema: {
              type: 'string',
              maxLength: 256,
            },
            description: "The endpoint's Name tag, up to 256 characters",
          },
        ],
        responses: {
          '200': {
            description: 'The estimate.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RequestEstimate',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits': {
      get: {
        operationId: 'listAuditCampaigns',
        summary: 'Audit campaigns (privatelink.audit.read).',
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/optionalOwner',
          },
          {
            name: 'quarter',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^\\d{4}-Q[1-4]$',
            },
            description: 'A calendar quarter such as 2026-Q4',
          },
        ],
        responses: {
          '200': {
            description: 'Campaigns.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    campaigns: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/AuditCampaignSummary',
                      },
                    },
                  },
                  required: ['campaigns'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
      post: {
        operationId: 'openAuditCampaign',
        summary:
          "Opens this quarter's campaign of one owner, or returns the open one (privatelink.audit.manage).",
        tags: ['audit'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  owner: {
                    type: 'string',
                    minLength: 1,
                    description:
                      'An entity ref such as group:default/payments (a bare name means a group)',
                  },
                },
                required: ['owner'],
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The campaign that was open.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OpenedCampaign',
                },
              },
            },
          },
          '201': {
            description: 'The campaign opened.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OpenedCampaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits/{id}': {
      get: {
        operationId: 'getAuditCampaign',
        summary:
          'A campaign with its items, decisions and departures (privatelink.audit.read).',
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        responses: {
          '200': {
            description: 'The campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditCampaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits/{id}/export': {
      get: {
        operationId: 'exportAuditCampaign',
        summary:
          'A campaign as a file for auditors, JSON or CSV (privatelink.audit.read).',
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
          {
            name: 'format',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['csv', 'json'],
            },
            description: 'Csv or json (json when not given)',
          },
        ],
        responses: {
          '200': {
            description: 'The file (Content-Disposition: attachment).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AuditExport',
                },
              },
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits/{id}/keep-unchanged': {
      post: {
        operationId: 'keepAuditItemsUnchanged',
        summary:
          "Keeps many items unchanged at once: one append-only keep decision per item, one comment for the batch. Every item must be free of drift and open findings, and the caller must hold privatelink.audit.acknowledge on each item's entity or privatelink.audit.manage; otherwise nothing is recorded and the answer names the items and why.",
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/KeepUnchangedRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A replay: the decisions first recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeptUnchanged',
                },
              },
            },
          },
          '201': {
            description: 'Recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/KeptUnchanged',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits/quarters/{quarter}/export': {
      get: {
        operationId: 'exportAuditQuarter',
        summary:
          "Every tenant's campaign of a quarter in one CSV for auditors, one line per item with its owner (privatelink.audit.read).",
        tags: ['audit'],
        parameters: [
          {
            name: 'quarter',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
            description: 'A calendar quarter such as 2026-Q4',
          },
        ],
        responses: {
          '200': {
            description: 'The file (Content-Disposition: attachment).',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
    '/audits/{id}/items/{kind}/{namespace}/{name}/decisions': {
      post: {
        operationId: 'decideAuditItem',
        summary:
          'Records a decision on an item (privatelink.audit.acknowledge on its entity, or privatelink.audit.manage). The actor is the signed-in user.',
        tags: ['audit'],
        parameters: [
          {
            $ref: '#/components/parameters/campaignId',
          },
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/DecisionRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A replay: the decision first recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecordedDecision',
                },
              },
            },
          },
          '201': {
            description: 'Recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecordedDecision',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Failure',
          },
        },
      },
    },
  },
} as const;

/**
 * An express router that validates every request against the spec (unknown query parameters,
 * types, patterns, bodies) before a route runs, and serves the spec at `/openapi.json`.
 */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter(spec, options);
