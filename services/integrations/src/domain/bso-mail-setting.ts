import type { MailTemplate } from './mail-templates';

/** integrations' copy of a masters BSO mail setting: how feasibility requests to a BSO are worded. */
export interface BsoMailSetting {
  id: string;
  /** The BSO it is for; null for the default used by every BSO without a setting of its own. */
  bsoId: string | null;
  senderEmail: string;
  senderName: string;
  subjectTemplate: string;
  bodyTemplate: string;
  savedAt: Date;
}

/** The setting that words a request to a BSO: the BSO's own, else the default, else none. */
export function settingFor(bsoId: string | null, settings: readonly BsoMailSetting[]): BsoMailSetting | null {
  return (
    (bsoId ? settings.find((s) => s.bsoId === bsoId) : undefined) ??
    settings.find((s) => s.bsoId === null) ??
    null
  );
}

/** A setting's templates as a mail template. */
export function templateOf(setting: BsoMailSetting): MailTemplate {
  return { subject: setting.subjectTemplate, body: setting.bodyTemplate };
}
