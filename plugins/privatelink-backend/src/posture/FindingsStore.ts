import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  FindingSeverity,
  PostureFinding,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';

const TABLE = 'privatelink_findings';
/** Entity refs per query: under SQLite's 999 bound variables. */
const IN_BATCH = 900;
/** Rows per insert: 10 columns, under SQLite's 999 bound variables. */
const INSERT_BATCH = 90;

/** A finding as one evaluation found it, before the store dates it. */
export type EvaluatedFinding = Omit<PostureFinding, 'firstSeen' | 'lastSeen'>;

interface FindingRow {
  entity_ref: string;
  check_id: string;
  severity: string;
  title: string;
  evidence: string;
  fix: string;
  suppressed: string | null;
  first_seen: string;
  last_seen: string;
  resolved_at: string | null;
}

function toFinding(row: FindingRow): PostureFinding {
  return {
    entityRef: row.entity_ref,
    checkId: row.check_id,
    severity: row.severity as FindingSeverity,
    title: row.title,
    evidence: JSON.parse(row.evidence),
    fix: row.fix,
    ...(row.suppressed === null ? {} : { suppressed: row.suppressed }),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
  };
}

/**
 * Findings with their history: each (entity, check) has at most one open row, dated by when it
 * was first and last seen; a finding that no longer fires is resolved, not deleted, so "new since
 * last quarter" and "resolved" stay answerable.
 */
export class FindingsStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Records one evaluation of `evaluatedRefs`: new findings open, findings still firing are seen
   * again (evidence and severity as now), open findings of those entities that no longer fire
   * are resolved. Entities not evaluated (say, of an account that failed to load) keep theirs.
   */
  async reconcile(
    evaluatedRefs: string[],
    findings: EvaluatedFinding[],
    now: Date,
  ): Promise<{ opened: number; resolved: number }> {
    const at = now.toISOString();
    const key = (ref: string, check: string) => `${ref}\u0000${check}`;
    const current = new Map(
      findings.map(f => [key(f.entityRef, f.checkId), f]),
    );
    return this.knex.transaction(async trx => {
      const open: FindingRow[] = [];
      for (let i = 0; i < evaluatedRefs.length; i += IN_BATCH) {
        open.push(
          ...(await trx<FindingRow>(TABLE)
            .whereIn('entity_ref', evaluatedRefs.slice(i, i + IN_BATCH))
            .whereNull('resolved_at')),
        );
      }
      // Only what changed is written row by row (new evidence, a resolution: few per run); every
      // open finding that still fires is seen again with one update per batch of entities.
      const stillOpen = new Set<string>();
      let resolved = 0;
      for (const row of open) {
        const finding = current.get(key(row.entity_ref, row.check_id));
        const where = {
          entity_ref: row.entity_ref,
          check_id: row.check_id,
          first_seen: row.first_seen,
        };
        if (!finding) {
          resolved++;
          await trx(TABLE).where(where).update({ resolved_at: at });
          continue;
        }
        stillOpen.add(key(row.entity_ref, row.check_id));
        const changed = {
          severity: finding.severity,
          title: finding.title,
          evidence: JSON.stringify(finding.evidence),
          fix: finding.fix,
          suppressed: finding.suppressed ?? null,
        };
        if (
          Object.entries(changed).some(
            ([column, value]) => row[column as keyof FindingRow] !== value,
          )
        ) {
          await trx(TABLE).where(where).update(changed);
        }
      }
      for (let i = 0; i < evaluatedRefs.length; i += IN_BATCH) {
        await trx(TABLE)
          .whereIn('entity_ref', evaluatedRefs.slice(i, i + IN_BATCH))
          .whereNull('resolved_at')
          .update({ last_seen: at });
      }
      const opened: FindingRow[] = findings
        .filter(f => !stillOpen.has(key(f.entityRef, f.checkId)))
        .map(f => ({
          entity_ref: f.entityRef,
          check_id: f.checkId,
          severity: f.severity,
          title: f.title,
          evidence: JSON.stringify(f.evidence),
          fix: f.fix,
          suppressed: f.suppressed ?? null,
          first_seen: at,
          last_seen: at,
          resolved_at: null,
        }));
      for (let i = 0; i < opened.length; i += INSERT_BATCH) {
        await trx(TABLE).insert(opened.slice(i, i + INSERT_BATCH));
      }
      return { opened: opened.length, resolved };
    });
  }

  /** The open findings of the given entities (all entities when none are given). */
  async openFindings(entityRefs?: string[]): Promise<PostureFinding[]> {
    const query = (refs?: string[]) => {
      const q = this.knex<FindingRow>(TABLE).whereNull('resolved_at');
      if (refs) q.whereIn('entity_ref', refs);
      return q.orderBy([{ column: 'entity_ref' }, { column: 'check_id' }]);
    };
    if (!entityRefs) return (await query()).map(toFinding);
    const rows: FindingRow[] = [];
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      rows.push(...(await query(entityRefs.slice(i, i + IN_BATCH))));
    }
    return rows.map(toFinding);
  }
}

export const findingsStoreServiceRef = createServiceRef<FindingsStore>({
  id: 'privatelink.findings-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new FindingsStore(database),
    }),
});
