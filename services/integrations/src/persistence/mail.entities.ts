import { EntitySchema } from 'typeorm';
import type { MailMessage } from '../domain/mail-message';
import type { BsoMailSetting } from '../domain/bso-mail-setting';
import type { WelcomeLetter } from '../domain/welcome-letter';

export const MailMessageEntity = new EntitySchema<MailMessage>({
  name: 'MailMessage',
  tableName: 'mail_message',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    eventId: { name: 'event_id', type: 'varchar', length: 36 },
    eventType: { name: 'event_type', type: 'varchar', length: 120 },
    template: { type: 'varchar', length: 120 },
    orderId: { name: 'order_id', type: 'varchar', length: 36, nullable: true },
    branchId: { name: 'branch_id', type: 'varchar', length: 36, nullable: true },
    from: { name: 'sender', type: 'simple-json' },
    to: { name: 'to_addresses', type: 'simple-json' },
    cc: { name: 'cc_addresses', type: 'simple-json' },
    subject: { type: 'varchar', length: 255 },
    text: { name: 'body_text', type: 'text' },
    html: { name: 'body_html', type: 'text' },
    welcomeLetterId: { name: 'welcome_letter_id', type: 'varchar', length: 36, nullable: true },
    status: { type: 'varchar', length: 20 },
    attempts: { type: 'int', default: 0 },
    nextAttemptAt: { name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true },
    lastError: { name: 'last_error', type: 'varchar', length: 500, nullable: true },
    sentAt: { name: 'sent_at', type: 'datetime', precision: 3, nullable: true },
    messageId: { name: 'message_id', type: 'varchar', length: 255, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
  uniques: [{ name: 'ux_mail_message_event_template', columns: ['eventId', 'template'] }],
});

export const BsoMailSettingEntity = new EntitySchema<BsoMailSetting>({
  name: 'BsoMailSetting',
  tableName: 'bso_mail_setting',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36, nullable: true },
    senderEmail: { name: 'sender_email', type: 'varchar', length: 255 },
    senderName: { name: 'sender_name', type: 'varchar', length: 255 },
    subjectTemplate: { name: 'subject_template', type: 'text' },
    bodyTemplate: { name: 'body_template', type: 'text' },
    savedAt: { name: 'saved_at', type: 'datetime', precision: 3 },
  },
});

export const WelcomeLetterEntity = new EntitySchema<WelcomeLetter>({
  name: 'WelcomeLetter',
  tableName: 'welcome_letter',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    orderId: { name: 'order_id', type: 'varchar', length: 36 },
    orderNo: { name: 'order_no', type: 'varchar', length: 60 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36 },
    customerName: { name: 'customer_name', type: 'varchar', length: 255 },
    customerEmail: { name: 'customer_email', type: 'varchar', length: 255, nullable: true },
    fileName: { name: 'file_name', type: 'varchar', length: 120 },
    content: { type: 'blob', select: false },
    sizeBytes: { name: 'size_bytes', type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
  uniques: [{ name: 'ux_welcome_letter_order', columns: ['orderId'] }],
});
