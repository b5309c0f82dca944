import { z } from 'zod';
import { bsoMailSettingSaved } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { BsoMailSetting } from '../domain/bso';
import type { BsoRepository } from '../persistence/bso.repository';
import { bodyTemplateField, emailField, subjectTemplateField } from './bso-inputs';
import { mailSettingSaved } from './create-bso-mail-setting';
import { idField, nameField, notFound } from './master-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  senderEmail: emailField('senderEmail').nullish(),
  senderName: nameField.nullish(),
  subjectTemplate: subjectTemplateField.nullish(),
  bodyTemplate: bodyTemplateField.nullish(),
});

/**
 * Edits a BSO mail setting's sender and/or templates (omitted fields stay; the BSO it is for never
 * changes) and publishes `bso_mail_setting.saved` with the whole setting.
 */
export class UpdateBsoMailSetting {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<BsoMailSetting>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, senderEmail, senderName, subjectTemplate, bodyTemplate } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repo.mailSettingsByIds(tx.em, [id]);
      if (!found) return fail(notFound('BSO mail setting'));
      const updatedAt = new Date();
      const setting: BsoMailSetting = {
        ...found,
        senderEmail: senderEmail ?? found.senderEmail,
        senderName: senderName ?? found.senderName,
        subjectTemplate: subjectTemplate ?? found.subjectTemplate,
        bodyTemplate: bodyTemplate ?? found.bodyTemplate,
        updatedAt,
      };
      await this.repo.saveMailSetting(tx.em, setting);
      await tx.events.publish(bsoMailSettingSaved, setting.id, mailSettingSaved(setting, updatedAt));
      return ok(setting);
    });
  }
}
