/** A customer of the operator, with the services it has installed (the service inventory). */
export interface Customer {
  id: string;
  /** Human code `CUST-<year>-<6 digits>`, what sales types to find an existing customer. */
  customerCode: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string;
  branchId: string;
  cityId: string;
  createdAt: Date;
}

/** One live service of a customer (its installed base), created when an order is activated. */
export interface InstalledService {
  id: string;
  /** Human number `SRV-<year>-<6 digits>`. */
  serviceNo: string;
  customerId: string;
  orderId: string;
  productId: string;
  bandwidthId: string | null;
  arc: string;
  otc: string;
  currency: string;
  installationDate: string;
  activationDate: string;
  status: 'ACTIVE';
  branchId: string;
  cityId: string;
}

export const CUSTOMER_CODE_SEQUENCE = 'customer';
export const SERVICE_NO_SEQUENCE = 'service';

/** `CUST-2026-000001` / `SRV-2026-000001`: numbers per calendar year. */
export function formatNumber(prefix: 'CUST' | 'SRV', year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999)
    throw new RangeError(`${prefix} serial must be 1–999999, got ${serial}`);
  return `${prefix}-${year}-${String(serial).padStart(6, '0')}`;
}
