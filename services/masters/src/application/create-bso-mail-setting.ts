import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bsoMailSettingSaved } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import type { BsoMailSetting } from '../domain/bso';
import type { BsoRepository } from '../persistence/bso.repository';
import { bodyTemplateField, emailField, subjectTemplateField } from './bso-inputs';
import { checkBso } from './bso-references';
import { idField, nameField } from './master-inputs';

const input = z.object({
  bsoId: idField('bsoId').nullish(),
  senderEmail: emailField('senderEmail'),
  senderName: nameField,
  subjectTemplate: subjectTemplateField,
  bodyTemplate: bodyTemplateField,
});

/** The `bso_mail_setting.saved` payload: the whole setting. */
export function mailSettingSaved(setting: BsoMailSetting, savedAt: Date) {
  return {
    bsoMailSettingId: setting.id,
    bsoId: setting.bsoId,
    senderEmail: setting.senderEmail,
    senderName: setting.senderName,
    subjectTemplate: setting.subjectTemplate,
    bodyTemplate: setting.bodyTemplate,
    savedAt: savedAt.toISOString(),
  };
}

/**
 * Creates the mail setting of an active BSO, or the default one (no `bsoId`) used for every BSO without
 * its own; templates may use only known `{{placeholders}}`. Publishes `bso_mail_setting.saved`.
 */
export class CreateBsoMailSetting {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<BsoMailSetting>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const bsoId = parsed.value.bsoId ?? null;
    return this.uow.run(context, async (tx) => {
      const errors: UserError[] = [];
      const bso = bsoId === null ? null : await checkBso(tx.em, this.repo, bsoId);
      if (bso?.error) errors.push(bso.error);
      if ((bso === null || bso.found) && (await this.repo.mailSettingFor(tx.em, bsoId))) {
        const owner = bso?.found
          ? `BSO ${bso.found.code} already has a mail setting`
          : 'the default mail setting already exists';
        errors.unshift(userError(ErrorCode.DUPLICATE, `${owner}; edit it instead`, ['input', 'bsoId']));
      }
      if (errors.length > 0) return fail(...errors);
      const setting: BsoMailSetting = {
        id: randomUUID(),
        bsoId,
        senderEmail: parsed.value.senderEmail,
        senderName: parsed.value.senderName,
        subjectTemplate: parsed.value.subjectTemplate,
        bodyTemplate: parsed.value.bodyTemplate,
        createdAt: new Date(),
        updatedAt: null,
      };
      await this.repo.insertMailSetting(tx.em, setting);
      await tx.events.publish(bsoMailSettingSaved, setting.id, mailSettingSaved(setting, setting.createdAt));
      return ok(setting);
    });
  }
}
