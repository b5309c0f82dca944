import { EntitySchema } from 'typeorm';

/** A named counter for human numbers (one row per series, e.g. `lead-2026`). */
export interface NumberSequenceRow {
  name: string;
  /** The last number handed out; 0 before the first. */
  lastIssued: number;
}

export const NumberSequenceEntity = new EntitySchema<NumberSequenceRow>({
  name: 'NumberSequence',
  tableName: 'number_sequence',
  columns: {
    name: { type: 'varchar', length: 60, primary: true },
    lastIssued: { name: 'last_issued', type: 'int' },
  },
});
