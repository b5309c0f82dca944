import type { EntityManager } from 'typeorm';
import {
  approvalLevelEscalated,
  approvalLevelOpened,
  bsoMailSettingSaved,
  feasibilityRequestConcluded,
  feasibilityRequested,
  orderStateChanged,
} from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import { settingFor, templateOf } from '../domain/bso-mail-setting';
import { planMail, type MailPlan } from '../domain/mail-plan';
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

/**
 * The mail consumers, by event type: each event's `notify` list gets the event's template. A feasibility
 * request is worded by the BSO's mail setting from masters (the BSO's own, else the default), falling back to
 * the built-in template. `approval_request.approved`/`rejected` carry no recipients and send no mail.
 */
export function mailHandlers(
  queueMail: QueueMail,
  repo: MailRepository,
  now: () => Date = () => new Date(),
): Record<string, EventHandler> {
  return {
    [feasibilityRequested.type]: mailing(
      queueMail,
      repo,
      async (raw, r, em) => {
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
      },
      now,
    ),
    [feasibilityRequestConcluded.type]: mailing(
      queueMail,
      repo,
      async (raw) => {
        const p = feasibilityRequestConcluded.payload.parse(raw);
        return planMail({
          eventType: feasibilityRequestConcluded.type,
          notify: p.notify,
          values: { ...p, otcCost: p.otcCost ?? '-', mrcCost: p.mrcCost ?? '-' },
          orderId: null,
          branchId: p.branchId,
        });
      },
      now,
    ),
    [orderStateChanged.type]: mailing(
      queueMail,
      repo,
      async (raw) => {
        const p = orderStateChanged.payload.parse(raw);
        return planMail({
          eventType: orderStateChanged.type,
          toState: p.toState,
          notify: p.notify,
          values: {
            ...p,
            fromState: p.fromState ?? '-',
            tatDueAt: p.tatDueAt ?? '-',
            comment: p.comment ?? '-',
          },
          orderId: p.orderId,
          branchId: p.branchId,
        });
      },
      now,
    ),
    [approvalLevelOpened.type]: mailing(
      queueMail,
      repo,
      async (raw) => {
        const p = approvalLevelOpened.payload.parse(raw);
        return planMail({
          eventType: approvalLevelOpened.type,
          notify: p.notify,
          values: { ...p },
          orderId: p.orderId,
          branchId: null,
        });
      },
      now,
    ),
    [approvalLevelEscalated.type]: mailing(
      queueMail,
      repo,
      async (raw) => {
        const p = approvalLevelEscalated.payload.parse(raw);
        return planMail({
          eventType: approvalLevelEscalated.type,
          notify: p.notify,
          values: { ...p },
          orderId: p.orderId,
          branchId: null,
        });
      },
      now,
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
