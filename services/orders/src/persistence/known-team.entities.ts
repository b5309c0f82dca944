import { EntitySchema } from 'typeorm';
import type { KnownTeam } from '../domain/known-team';

/** A team row; its members live in `known_team_member`. */
export type KnownTeamRow = Omit<KnownTeam, 'members'>;

export const KnownTeamEntity = new EntitySchema<KnownTeamRow>({
  name: 'KnownTeam',
  tableName: 'known_team',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 30 },
    name: { type: 'varchar', length: 100 },
    kind: { type: 'varchar', length: 20 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36 },
    // The whole list travels in every team event and is replaced whole, so it is kept as one JSON value.
    cityIds: { name: 'city_ids', type: 'simple-json' },
    mailAddress: { name: 'mail_address', type: 'varchar', length: 254, nullable: true },
    active: { type: 'boolean' },
  },
});

/** One member of a known team, with their e-mail address; `position` keeps masters' order. */
export interface KnownTeamMemberRow {
  teamId: string;
  userId: string;
  email: string;
  position: number;
}

export const KnownTeamMemberEntity = new EntitySchema<KnownTeamMemberRow>({
  name: 'KnownTeamMember',
  tableName: 'known_team_member',
  columns: {
    teamId: { name: 'team_id', type: 'varchar', length: 36, primary: true },
    userId: { name: 'user_id', type: 'varchar', length: 36, primary: true },
    email: { type: 'varchar', length: 254 },
    position: { type: 'int' },
  },
});
