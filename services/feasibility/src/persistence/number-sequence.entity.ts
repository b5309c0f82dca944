import { EntitySchema } from 'typeorm';

/** The last number handed out by one named counter in one year. */
export interface NumberSequenceRow {
  name: string;
  year: number;
  lastValue: number;
}

export const NumberSequenceEntity = new EntitySchema<NumberSequenceRow>({
  name: 'NumberSequence',
  tableName: 'number_sequence',
  columns: {
    name: { name: 'sequence_name', type: 'varchar', length: 60, primary: true },
    year: { name: 'period_year', type: 'int', primary: true },
    lastValue: { name: 'last_value', type: 'int' },
  },
});
