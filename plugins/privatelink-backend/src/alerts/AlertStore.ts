import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  AlertIncident,
  AlertKind,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';
import { AlertCondition, AlertPayload } from './conditions';

const TABLE = 'privatelink_alert_incidents';

interface IncidentRow {
  id: number;
  entity_ref: string;
  kind: AlertKind;
  open_key: string | null;
  status: string;
  reasons: string;
  recipients: string;
  payload: string;
  opened_at: string;
  resolved_at: string | null;
  resolution: 'recovered' | 'gone' | null;
  alerted_at: string | null;
  recovery_alerted_at: string | null;
}

/** An incident with what its notices say. */
export type StoredIncident = AlertIncident & { payload: AlertPayload };

function toIncident(row: IncidentRow): StoredIncident {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    kind: row.kind,
    status: row.status,
    reasons: JSON.parse(row.reasons),
    recipients: JSON.parse(row.recipients),
    payload: JSON.parse(row.payload),
    openedAt: row.opened_at,
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
    ...(row.resolution ? { resolution: row.resolution } : {}),
    ...(row.alerted_at ? { alertedAt: row.alerted_at } : {}),
    ...(row.recovery_alerted_at
      ? { recoveryAlertedAt: row.recovery_alerted_at }
      : {}),
  };
}

const RANK: Record<string, number> = { degraded: 1, unhealthy: 2 };

/** Alert incidents in the plugin's database. */
export class AlertStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Opens an incident for each condition that has none open (racing callers open it once: the
   * open key is unique), keeps the reasons of open ones current (the status only worsens), and
   * resolves open incidents whose condition is clear (`recovered`) or whose entity is gone.
   */
  async reconcile(
    conditions: AlertCondition[],
    clear: Set<string>,
    present: Set<string>,
    now: Date,
  ): Promise<{ opened: number; resolved: number }> {
    const at = now.toISOString();
    let opened = 0;
    let resolved = 0;
    const open = new Map(
      (await this.knex<IncidentRow>(TABLE).whereNotNull('open_key')).map(
        row => [row.open_key!, row],
      ),
    );
    for (const condition of conditions) {
      const existing = open.get(condition.key);
      if (existing) {
        const status =
          (RANK[condition.status] ?? 0) > (RANK[existing.status] ?? 0)
            ? condition.status
            : existing.status;
        const current = {
          status,
          reasons: JSON.stringify(condition.reasons),
          recipients: JSON.stringify(condition.recipients),
        };
        // Written only when something changed: a steady fleet writes nothing.
        if (
          current.status !== existing.status ||
          current.reasons !== existing.reasons ||
          current.recipients !== existing.recipients
        ) {
          await this.knex(TABLE).where({ id: existing.id }).update(current);
        }
        continue;
      }
      const inserted = await this.knex(TABLE)
        .insert({
          entity_ref: condition.entityRef,
          kind: condition.kind,
          open_key: condition.key,
          status: condition.status,
          reasons: JSON.stringify(condition.reasons),
          recipients: JSON.stringify(condition.recipients),
          payload: JSON.stringify(condition.payload),
          opened_at: at,
        })
        .onConflict('open_key')
        .ignore()
        .returning('id');
      if (inserted.length > 0) opened++;
    }
    for (const [key, row] of open) {
      const gone = !present.has(row.entity_ref);
      if (!gone && !clear.has(key)) continue;
      resolved += await this.knex(TABLE)
        .where({ id: row.id, open_key: key })
        .update({
          open_key: null,
          resolved_at: at,
          resolution: gone ? 'gone' : 'recovered',
        });
    }
    return { opened, resolved };
  }

  /**
   * Incidents whose opening or recovery notice is not sent yet. Only health incidents announce a
   * recovery: an idle endpoint back in use needs no notice.
   */
  async pendingNotices(): Promise<
    Array<{ incident: StoredIncident; event: 'opened' | 'recovered' }>
  > {
    const unsent = await this.knex<IncidentRow>(TABLE)
      .where(q => q.whereNull('alerted_at').whereNull('resolved_at'))
      .orWhere(q =>
        q
          .whereNotNull('alerted_at')
          .where({ kind: 'health', resolution: 'recovered' })
          .whereNull('recovery_alerted_at'),
      )
      .orderBy('id');
    return unsent.map(row => ({
      incident: toIncident(row),
      event: row.alerted_at ? ('recovered' as const) : ('opened' as const),
    }));
  }

  /**
   * Claims a notice before it is sent: true for the one caller that set the column. A notice of
   * an incident that resolved before it was sent is not claimable (nothing to tell any more).
   */
  async claim(
    id: number,
    event: 'opened' | 'recovered',
    at: string,
  ): Promise<boolean> {
    const column = event === 'opened' ? 'alerted_at' : 'recovery_alerted_at';
    const query = this.knex(TABLE).where({ id }).whereNull(column);
    if (event === 'opened') query.whereNull('resolved_at');
    return (await query.update({ [column]: at })) === 1;
  }

  /** Gives a claimed notice back after sending failed, so the next run tries again. */
  async release(id: number, event: 'opened' | 'recovered'): Promise<void> {
    await this.knex(TABLE)
      .where({ id })
      .update({
        [event === 'opened' ? 'alerted_at' : 'recovery_alerted_at']: null,
      });
  }

  /** The incidents of an entity, newest first. */
  async incidentsOf(entityRef: string, limit = 20): Promise<AlertIncident[]> {
    const rows = await this.knex<IncidentRow>(TABLE)
      .where({ entity_ref: entityRef })
      .orderBy('id', 'desc')
      .limit(limit);
    return rows.map(row => {
      const { payload: _payload, ...incident } = toIncident(row);
      return incident;
    });
  }
}

export const alertStoreServiceRef = createServiceRef<AlertStore>({
  id: 'privatelink.alert-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new AlertStore(database),
    }),
});
