import { randomUUID } from 'node:crypto';
import type { Transaction } from '@oms/messaging';
import type { ActivatedOrder } from '../domain/order-sync';
import { orderActivationRecords } from '../domain/order-sync';
import type { InboundEvent } from '../domain/sync-record';
import { planMail } from '../domain/mail-plan';
import { welcomeLetterFileName, type WelcomeLetter, type WelcomeLetterFacts } from '../domain/welcome-letter';
import type { MailRepository } from '../persistence/mail.repository';
import type { QueueMail } from './queue-mail';
import type { RecordSync } from './record-sync';

/** Renders a welcome letter PDF. */
export type RenderLetter = (facts: WelcomeLetterFacts, issuedOn: Date) => Promise<Buffer>;

/**
 * What an activated order becomes, in the consumer's transaction: one sync job each for BMS, LMS and the
 * Helpdesk, the welcome letter (kept once per order), and the welcome mail with the letter attached to the
 * customer's e-mail address when the customer has one.
 */
export class ActivateOrder {
  constructor(
    private readonly recordSync: RecordSync,
    private readonly mails: MailRepository,
    private readonly queueMail: QueueMail,
    private readonly renderLetter: RenderLetter,
  ) {}

  async execute(tx: Transaction, event: InboundEvent<ActivatedOrder>, now: Date): Promise<void> {
    for (const record of orderActivationRecords(event, randomUUID, now)) {
      await this.recordSync.execute(tx, record);
    }
    const order = event.payload;
    const { customer, service } = order;
    let [letter] = await this.mails.lettersOfOrders(tx.em, [order.orderId]);
    if (!letter) {
      const content = await this.renderLetter(
        {
          orderNo: order.orderNo,
          customerName: customer.name,
          customerCode: customer.customerCode,
          serviceNo: service.serviceNo,
          productCode: service.productCode,
          bandwidthLabel: service.bandwidthLabel,
          activationDate: order.activationDate,
          billingStartDate: order.billingStartDate,
        },
        now,
      );
      letter = {
        id: randomUUID(),
        orderId: order.orderId,
        orderNo: order.orderNo,
        branchId: order.branchId,
        customerName: customer.name,
        customerEmail: customer.email,
        fileName: welcomeLetterFileName(order.orderNo),
        content,
        sizeBytes: content.length,
        createdAt: now,
      } satisfies WelcomeLetter;
      await this.mails.insertLetter(tx.em, letter);
    }
    const plan = planMail({
      eventType: 'order.activated',
      notify: customer.email ? [{ email: customer.email, name: customer.name, kind: 'TO' }] : [],
      values: {
        customerName: customer.name,
        customerCode: customer.customerCode,
        serviceNo: service.serviceNo,
        productCode: service.productCode,
        bandwidth: service.bandwidthLabel ?? '-',
        activationDate: order.activationDate,
        billingStartDate: order.billingStartDate,
        orderNo: order.orderNo,
      },
      orderId: order.orderId,
      branchId: order.branchId,
    });
    if (plan) await this.queueMail.execute(tx.em, event, plan, now, letter.id);
  }
}
