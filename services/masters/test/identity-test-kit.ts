import type { AccessSnapshot } from '@oms/contracts';
import type { RunningService } from '@oms/server';
import { gqlData, type TopicRecorder } from '@oms/testkit';
import type { SeenEvent } from './masters-test-kit';

export const ERRORS = 'errors { code field message }';
export const USER = `user { id email name phone kind active access { version active allBranches permissions } passwordChangedAt updatedAt deactivatedAt
  bso { code } homeBranch { code } additionalBranches { code } branches { code } groups { code }
  namedRights { code } installationCities { code } menuOverrides { menu { code } rights } }`;
export const GROUP =
  'group { id code name dataScope kind active deactivatedAt namedRights { code } menuRights { menu { code } rights } }';
export const MENU = 'menu { id code name route sortOrder active parent { code } children { code } }';
export const NAMED_RIGHT = 'namedRight { id code name description active }';

export const mutation = (name: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`;

export const CREATE_USER = mutation('createUser', 'CreateUserInput', USER);
export const UPDATE_USER = mutation('updateUser', 'UpdateUserInput', USER);
export const DEACTIVATE_USER = mutation('deactivateUser', 'DeactivateUserInput', USER);
export const RESET_PASSWORD = mutation('resetUserPassword', 'ResetUserPasswordInput', USER);
export const SET_OVERRIDE = mutation('setUserMenuOverride', 'SetUserMenuOverrideInput', USER);
export const CLEAR_OVERRIDE = mutation('clearUserMenuOverride', 'ClearUserMenuOverrideInput', USER);
export const CREATE_GROUP = mutation('createGroup', 'CreateGroupInput', GROUP);
export const UPDATE_GROUP = mutation('updateGroup', 'UpdateGroupInput', GROUP);
export const DEACTIVATE_GROUP = mutation('deactivateGroup', 'DeactivateGroupInput', GROUP);
export const SET_GROUP_RIGHTS = mutation('setGroupMenuRights', 'SetGroupMenuRightsInput', GROUP);
export const CREATE_MENU = mutation('createMenu', 'CreateMenuInput', MENU);
export const UPDATE_MENU = mutation('updateMenu', 'UpdateMenuInput', MENU);
export const DEACTIVATE_MENU = mutation('deactivateMenu', 'DeactivateMenuInput', MENU);
export const CREATE_RIGHT = mutation('createNamedRight', 'CreateNamedRightInput', NAMED_RIGHT);
export const UPDATE_RIGHT = mutation('updateNamedRight', 'UpdateNamedRightInput', NAMED_RIGHT);
export const DEACTIVATE_RIGHT = mutation('deactivateNamedRight', 'DeactivateNamedRightInput', NAMED_RIGHT);

/** A password the policy accepts. */
export const GOOD_PASSWORD = 'Correct-Horse-42';

/** Every published event, oldest first. */
export function seen(recorder: TopicRecorder): SeenEvent[] {
  return recorder.messages.map((m) => {
    const event = JSON.parse(m.value) as { type: string; payload: Record<string, unknown> };
    return { key: m.key, type: event.type, payload: event.payload };
  });
}

/** The `user_access.changed` snapshots published for a user so far, oldest first. */
export function accessEvents(recorder: TopicRecorder, userId: string): AccessSnapshot[] {
  return seen(recorder)
    .filter((e) => e.type === 'user_access.changed' && e.key === userId)
    .map((e) => e.payload as unknown as AccessSnapshot);
}

/** Waits for the `user_access.changed` snapshot of a user at `version`, and returns it. */
export async function accessAt(
  recorder: TopicRecorder,
  userId: string,
  version: number,
): Promise<AccessSnapshot> {
  const find = () => accessEvents(recorder, userId).find((s) => s.version === version);
  await recorder.waitFor(() => find() !== undefined);
  return find() as AccessSnapshot;
}

/** Waits until `count` events of `type` keyed by `key` arrived, and returns them, oldest first. */
export async function eventsFor(
  recorder: TopicRecorder,
  type: string,
  key: string,
  count: number,
): Promise<SeenEvent[]> {
  const find = () => seen(recorder).filter((e) => e.type === type && e.key === key);
  await recorder.waitFor(() => find().length >= count);
  return find();
}

/** The ids of the seeded groups, menus and named rights, by code. */
export async function seededIds(
  service: RunningService,
): Promise<{ group: Record<string, string>; menu: Record<string, string>; right: Record<string, string> }> {
  const data = await gqlData(
    service.url,
    `{ groups(first: 100) { edges { node { id code } } }
       menus(first: 100) { edges { node { id code } } }
       namedRights(first: 100) { edges { node { id code } } } }`,
  );
  const byCode = (c: { edges: { node: { id: string; code: string } }[] }) =>
    Object.fromEntries(c.edges.map((e) => [e.node.code, e.node.id]));
  return { group: byCode(data.groups), menu: byCode(data.menus), right: byCode(data.namedRights) };
}
