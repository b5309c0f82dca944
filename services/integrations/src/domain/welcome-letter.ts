/** The welcome letter of an activated order: a PDF the customer gets by mail, kept for download. */
export interface WelcomeLetter {
  id: string;
  orderId: string;
  orderNo: string;
  branchId: string;
  customerName: string;
  /** Where it was mailed; null when the customer has no e-mail address. */
  customerEmail: string | null;
  fileName: string;
  /** The PDF; only loaded when asked for. */
  content?: Buffer;
  sizeBytes: number;
  createdAt: Date;
}

/** What a welcome letter says (a slice of the `order.activated` payload). */
export interface WelcomeLetterFacts {
  orderNo: string;
  customerName: string;
  customerCode: string;
  serviceNo: string;
  productCode: string;
  bandwidthLabel: string | null;
  activationDate: string;
  billingStartDate: string;
}

/** The file name of an order's welcome letter, e.g. `welcome-letter-ORD-2026-000001.pdf`. */
export function welcomeLetterFileName(orderNo: string): string {
  return `welcome-letter-${orderNo.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`;
}
