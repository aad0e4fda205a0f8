import { DatabaseSync } from 'node:sqlite';
import type { SandboxState } from './app.ts';

/**
 * A sandbox's state in an SQLite file (Node's built-in `node:sqlite`, no dependency): one row per
 * part, written in one transaction, so a restart (even a kill) finds the last answer's state
 * whole. Saved before each answer is sent: what a client was told is never lost.
 */
export class StateFile {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE IF NOT EXISTS state (part TEXT PRIMARY KEY, json TEXT NOT NULL)');
  }

  /** The state saved last, or `undefined` for a new file. */
  load(): SandboxState | undefined {
    const rows = this.#db.prepare('SELECT part, json FROM state').all() as { part: string; json: string }[];
    if (rows.length === 0) return undefined;
    return Object.fromEntries(rows.map((row) => [row.part, JSON.parse(row.json)])) as SandboxState;
  }

  save(state: SandboxState): void {
    const upsert = this.#db.prepare('INSERT INTO state (part, json) VALUES (?, ?) ON CONFLICT(part) DO UPDATE SET json = excluded.json');
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      for (const [part, value] of Object.entries(state)) upsert.run(part, JSON.stringify(value));
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.#db.close();
  }
}
