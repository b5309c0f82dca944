import {
  bandwidthCreated,
  bandwidthDeactivated,
  bandwidthUpdated,
  productBandwidthsSet,
  productCreated,
  productDeactivated,
  productUpdated,
} from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';

/**
 * Keeps orders' copies of masters products (`known_product`) and bandwidths (`known_bandwidth`), so the
 * upgrade and downgrade rules can compare bandwidth ranks while masters is down.
 *
 * - `product.created` upserts the product (no bandwidths yet); `product.updated` replaces its category;
 *   `product.bandwidths_set` replaces its bandwidth list; `product.deactivated` marks it inactive. A change
 *   to a product this copy never saw created is ignored (masters keys product events by the product id, so
 *   `product.created` always arrives first).
 * - Every bandwidth event carries the bandwidth's value, unit and rank, so none is lost even without the
 *   `bandwidth.created` before it: `bandwidth.created` upserts an active row, `bandwidth.updated` (a
 *   re-ranking, also of inactive bandwidths) replaces value, unit and rank and keeps the flag, and
 *   `bandwidth.deactivated` upserts an inactive row.
 *
 * Each event is applied once (the consumer's inbox), and applying one again would change nothing.
 */
export function catalogueHandlers(catalogue: KnownCatalogueRepository): Record<string, EventHandler> {
  return {
    [productCreated.type]: async (event, tx) => {
      const p = productCreated.payload.parse(event.payload);
      await catalogue.upsertProduct(tx.em, {
        id: p.productId,
        code: p.code,
        categoryId: p.categoryId,
        bandwidthIds: [],
        active: true,
      });
    },
    [productUpdated.type]: async (event, tx) => {
      const p = productUpdated.payload.parse(event.payload);
      await catalogue.changeProduct(tx.em, p.productId, { categoryId: p.categoryId });
    },
    [productBandwidthsSet.type]: async (event, tx) => {
      const p = productBandwidthsSet.payload.parse(event.payload);
      await catalogue.changeProduct(tx.em, p.productId, { bandwidthIds: p.bandwidthIds });
    },
    [productDeactivated.type]: async (event, tx) => {
      const p = productDeactivated.payload.parse(event.payload);
      await catalogue.changeProduct(tx.em, p.productId, { active: false });
    },
    [bandwidthCreated.type]: async (event, tx) => {
      const p = bandwidthCreated.payload.parse(event.payload);
      await catalogue.upsertBandwidth(tx.em, {
        id: p.bandwidthId,
        value: p.value,
        unit: p.unit,
        rank: p.rank,
        active: true,
      });
    },
    [bandwidthUpdated.type]: async (event, tx) => {
      const p = bandwidthUpdated.payload.parse(event.payload);
      const changes = { value: p.value, unit: p.unit, rank: p.rank };
      // masters re-ranks inactive bandwidths too: a known one keeps its flag.
      if (!(await catalogue.changeBandwidth(tx.em, p.bandwidthId, changes)))
        await catalogue.upsertBandwidth(tx.em, { id: p.bandwidthId, ...changes, active: true });
    },
    [bandwidthDeactivated.type]: async (event, tx) => {
      const p = bandwidthDeactivated.payload.parse(event.payload);
      await catalogue.upsertBandwidth(tx.em, {
        id: p.bandwidthId,
        value: p.value,
        unit: p.unit,
        rank: p.rank,
        active: false,
      });
    },
  };
}
