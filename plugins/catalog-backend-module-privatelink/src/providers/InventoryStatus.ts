/** What the last refreshes of one entity provider did, for operators. */
export interface InventoryRefreshStatus {
  provider: string;
  accountId?: string;
  regions?: string[];
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  durationMs?: number;
  entityCount?: number;
  apiCalls?: number;
}

/** In-process record of refresh outcomes, one entry per provider. */
export class InventoryStatusBoard {
  private readonly entries = new Map<string, InventoryRefreshStatus>();

  update(provider: string, patch: Partial<InventoryRefreshStatus>) {
    const current = this.entries.get(provider) ?? { provider };
    this.entries.set(provider, { ...current, ...patch });
  }

  get(provider: string): InventoryRefreshStatus | undefined {
    return this.entries.get(provider);
  }

  list(): InventoryRefreshStatus[] {
    return [...this.entries.values()].sort((a, b) => a.provider.localeCompare(b.provider));
  }
}
