import { EntitySchema } from 'typeorm';
import type { Bandwidth, Product, ProductCategory } from '../domain/catalogue';

export const ProductCategoryEntity = new EntitySchema<ProductCategory>({
  name: 'ProductCategory',
  tableName: 'product_category',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const ProductEntity = new EntitySchema<Product>({
  name: 'Product',
  tableName: 'product',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    categoryId: { name: 'category_id', type: 'varchar', length: 36 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const BandwidthEntity = new EntitySchema<Bandwidth>({
  name: 'Bandwidth',
  tableName: 'bandwidth',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    value: { type: 'int' },
    unit: { type: 'varchar', length: 4 },
    rank: { name: 'rank_no', type: 'int', unique: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/** One bandwidth a product offers. */
export interface ProductBandwidthRow {
  productId: string;
  bandwidthId: string;
}

export const ProductBandwidthEntity = new EntitySchema<ProductBandwidthRow>({
  name: 'ProductBandwidth',
  tableName: 'product_bandwidth',
  columns: {
    productId: { name: 'product_id', type: 'varchar', length: 36, primary: true },
    bandwidthId: { name: 'bandwidth_id', type: 'varchar', length: 36, primary: true },
  },
});
