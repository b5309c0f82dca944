import type { EntityManager } from 'typeorm';
import {
  approvalLevelEscalated,
  approvalLevelOpened,
  bsoMailSettingSaved,
  feasibilityRequestAnswered,
  feasibilityRequestConcluded,
  feasibilityRequestReminded,
  feasibilityRequestWithdrawn,
  feasibilityRequested,
  orderStateChanged,
  type EventDefinition,
  type MailRecipient,
  type PayloadOf,
} from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import { settingFor, templateOf } from '../domain/bso-mail-setting';
import { planMail, type MailPlan } from '../domain/mail-plan';
import type { TemplateValues } from '../domain/mail-templates';
import type { QueueMail } from '../application/queue-mail';
import type { MailRepository } from '../persistence/mail.repository';

type Planner = (payload: unknown, repo: MailRepository, em: EntityManager) => Promise<MailPlan | null>;

/** A consumer that queues the mail `plan` makes of an event (nothing when it has nobody to tell). */
function mailing(queueMail: QueueMail, repo: MailRepository, plan: Planner, now: () => Date): EventHandler {
  return async (event, tx) => {
    const planned = await plan(event.payload, repo, tx.em);
    if (planned) await queueMail.execute(tx.em, event, planned, now());
  };
}

/** How an event with a `notify` list is mailed with its built-in template: its values and what it concerns. */
interface NotifyMail<P> {
  values: (payload: P) => TemplateValues;
  orderId: (payload: P) => string | null;
  branchId: (payload: P) => string | null;
  /** Picks the state-specific template (`order.state_changed/<toState>`). */
  toState?: (payload: P) => string;
}

/** The planner of an event whose payload names its recipients (`notify`, absent in older events: nobody). */
function notifyPlanner<D extends EventDefinition>(definition: D, mail: NotifyMail<PayloadOf<D>>): Planner {
  return (raw) => {
    const payload = definition.payload.parse(raw) as PayloadOf<D> & { notify?: MailRecipient[] };
    return Promise.resolve(
      planMail({
        eventType: definition.type,
        toState: mail.toState?.(payload),
        notify: payload.notify ?? [],
        values: mail.values(payload),
        orderId: mail.orderId(payload),
        branchId: mail.branchId(payload),
      }),
    );
  };
}

/** For events that concern no order, or carry no branch. */
const none = () => null;
const dash = (value: string | number | null | undefined) => value ?? '-';

/**
 * The mail consumers, by event type: each event's `notify` list gets the event's template. A feasibility
 * request is worded by the BSO's mail setting from masters (the BSO's own, else the default), falling back to
 * the built-in template; a BSO's answer goes to the requester and the technical team, a reminder of a late
 * answer and a withdrawal to the BSO. `approval_request.approved`/`rejected` carry no recipients and send no mail.
 */
export function mailHandlers(
  queueMail: QueueMail,
  repo: MailRepository,
  now: () => Date = () => new Date(),
): Record<string, EventHandler> {
  const handle = (plan: Planner) => mailing(queueMail, repo, plan, now);
  return {
    [feasibilityRequested.type]: handle(async (raw, r, em) => {
      const p = feasibilityRequested.payload.parse(raw);
      const setting = settingFor(p.bsoId ?? null, await r.settingsFor(em, p.bsoId ?? null));
      return planMail({
        eventType: feasibilityRequested.type,
        notify: p.notify ?? [],
        values: {
          requestNo: p.requestNo,
          leadId: p.leadId,
          cityId: p.cityId,
          address: p.address,
          bandwidthMbps: p.bandwidthMbps,
          bandwidth: `${p.bandwidthMbps} Mbps`,
          answerDueAt: p.answerDueAt,
          bsoCode: p.bsoCode,
          bsoName: p.bsoName,
        },
        orderId: null,
        branchId: p.branchId ?? null,
        content: setting ? templateOf(setting) : null,
        from: setting ? { email: setting.senderEmail, name: setting.senderName || null } : null,
      });
    }),
    [feasibilityRequestAnswered.type]: handle(
      notifyPlanner(feasibilityRequestAnswered, {
        values: (p) => ({
          ...p,
          answer: p.feasible ? 'feasible' : 'not feasible',
          bsoName: p.bsoName ?? 'The BSO',
          bsoCode: p.bsoCode ?? p.bsoId,
          otcCost: dash(p.otcCost),
          mrcCost: dash(p.mrcCost),
          expectedDeliveryDays: dash(p.expectedDeliveryDays),
          remarks: dash(p.remarks),
        }),
        orderId: none,
        branchId: (p) => p.branchId,
      }),
    ),
    [feasibilityRequestReminded.type]: handle(
      notifyPlanner(feasibilityRequestReminded, {
        values: (p) => ({
          ...p,
          bsoName: p.bsoName ?? 'partner',
          bandwidth: `${p.bandwidthMbps} Mbps`,
        }),
        orderId: none,
        branchId: (p) => p.branchId,
      }),
    ),
    [feasibilityRequestWithdrawn.type]: handle(
      notifyPlanner(feasibilityRequestWithdrawn, {
        values: (p) => ({ ...p }),
        orderId: none,
        branchId: (p) => p.branchId,
      }),
    ),
    [feasibilityRequestConcluded.type]: handle(
      notifyPlanner(feasibilityRequestConcluded, {
        values: (p) => ({ ...p, otcCost: dash(p.otcCost), mrcCost: dash(p.mrcCost) }),
        orderId: none,
        branchId: (p) => p.branchId,
      }),
    ),
    [orderStateChanged.type]: handle(
      notifyPlanner(orderStateChanged, {
        toState: (p) => p.toState,
        values: (p) => ({
          ...p,
          fromState: dash(p.fromState),
          tatDueAt: dash(p.tatDueAt),
          comment: dash(p.comment),
        }),
        orderId: (p) => p.orderId,
        branchId: (p) => p.branchId,
      }),
    ),
    [approvalLevelOpened.type]: handle(
      notifyPlanner(approvalLevelOpened, {
        values: (p) => ({ ...p }),
        orderId: (p) => p.orderId,
        branchId: none,
      }),
    ),
    [approvalLevelEscalated.type]: handle(
      notifyPlanner(approvalLevelEscalated, {
        values: (p) => ({ ...p }),
        orderId: (p) => p.orderId,
        branchId: none,
      }),
    ),
    [bsoMailSettingSaved.type]: async (event, tx) => {
      const p = bsoMailSettingSaved.payload.parse(event.payload);
      await repo.saveSetting(tx.em, {
        id: p.bsoMailSettingId,
        bsoId: p.bsoId,
        senderEmail: p.senderEmail,
        senderName: p.senderName,
        subjectTemplate: p.subjectTemplate,
        bodyTemplate: p.bodyTemplate,
        savedAt: new Date(p.savedAt),
      });
    },
  };
}
