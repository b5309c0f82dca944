import { gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';
import { eventFor, refused } from './masters-test-kit';

const ERRORS = 'errors { code field message }';
const CATEGORY = 'productCategory { id code name active updatedAt deactivatedAt products { code } }';
const BANDWIDTH = 'bandwidth { id value unit rank label active updatedAt deactivatedAt }';
const PRODUCT =
  'product { id code name active updatedAt deactivatedAt category { id code } bandwidths { id label rank } }';
const CREATE_CATEGORY = `mutation($input: CreateProductCategoryInput!) { createProductCategory(input: $input) { ${CATEGORY} ${ERRORS} } }`;
const UPDATE_CATEGORY = `mutation($input: UpdateProductCategoryInput!) { updateProductCategory(input: $input) { ${CATEGORY} ${ERRORS} } }`;
const DEACTIVATE_CATEGORY = `mutation($input: DeactivateProductCategoryInput!) { deactivateProductCategory(input: $input) { ${CATEGORY} ${ERRORS} } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} ${ERRORS} } }`;
const UPDATE_PRODUCT = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${PRODUCT} ${ERRORS} } }`;
const DEACTIVATE_PRODUCT = `mutation($input: DeactivateProductInput!) { deactivateProduct(input: $input) { ${PRODUCT} ${ERRORS} } }`;
const SET_BANDWIDTHS = `mutation($input: SetProductBandwidthsInput!) { setProductBandwidths(input: $input) { ${PRODUCT} ${ERRORS} } }`;
const CREATE_BANDWIDTH = `mutation($input: CreateBandwidthInput!) { createBandwidth(input: $input) { ${BANDWIDTH} ${ERRORS} } }`;
const UPDATE_BANDWIDTH = `mutation($input: UpdateBandwidthInput!) { updateBandwidth(input: $input) { ${BANDWIDTH} ${ERRORS} } }`;
const DEACTIVATE_BANDWIDTH = `mutation($input: DeactivateBandwidthInput!) { deactivateBandwidth(input: $input) { ${BANDWIDTH} ${ERRORS} } }`;

describe('product catalogue (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  const category = async (code: string) => {
    const { createProductCategory } = await gqlData(service.url, CREATE_CATEGORY, {
      input: { code, name: `Category ${code}` },
    });
    expect(createProductCategory.errors).toEqual([]);
    return createProductCategory.productCategory as { id: string };
  };
  const product = async (code: string, categoryId: string) => {
    const { createProduct } = await gqlData(service.url, CREATE_PRODUCT, {
      input: { code, name: `Product ${code}`, categoryId },
    });
    expect(createProduct.errors).toEqual([]);
    return createProduct.product as { id: string };
  };
  const bandwidth = async (value: number, unit: string, rank: number) => {
    const { createBandwidth } = await gqlData(service.url, CREATE_BANDWIDTH, {
      input: { value, unit, rank },
    });
    expect(createBandwidth.errors).toEqual([]);
    return createBandwidth.bandwidth as { id: string };
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_catalogue' });
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates, renames and deactivates a product category, publishing each change', async () => {
    const { createProductCategory } = await gqlData(service.url, CREATE_CATEGORY, {
      input: { code: 'vas', name: 'Value added' },
    });
    expect(createProductCategory.errors).toEqual([]);
    expect(createProductCategory.productCategory).toMatchObject({ code: 'VAS', active: true, products: [] });
    const id = createProductCategory.productCategory.id as string;
    expect((await eventFor(recorder, 'product_category.created', id)).payload).toMatchObject({
      productCategoryId: id,
      code: 'VAS',
      name: 'Value added',
    });

    const { updateProductCategory } = await gqlData(service.url, UPDATE_CATEGORY, {
      input: { id, name: 'Value-added services' },
    });
    expect(updateProductCategory.productCategory).toMatchObject({
      code: 'VAS',
      name: 'Value-added services',
    });
    expect((await eventFor(recorder, 'product_category.updated', id)).payload).toEqual({
      productCategoryId: id,
      name: 'Value-added services',
      updatedAt: updateProductCategory.productCategory.updatedAt,
    });

    const { deactivateProductCategory } = await gqlData(service.url, DEACTIVATE_CATEGORY, { input: { id } });
    expect(deactivateProductCategory.productCategory.active).toBe(false);
    expect((await eventFor(recorder, 'product_category.deactivated', id)).payload).toEqual({
      productCategoryId: id,
      deactivatedAt: deactivateProductCategory.productCategory.deactivatedAt,
    });
  });

  it('creates, edits and deactivates a product, publishing its category', async () => {
    const ill = await category('ILL');
    const voip = await category('VOIP');
    const { createProduct } = await gqlData(service.url, CREATE_PRODUCT, {
      input: { code: 'ill_std', name: 'ILL Standard', categoryId: ill.id },
    });
    expect(createProduct.errors).toEqual([]);
    const id = createProduct.product.id as string;
    expect(createProduct.product).toMatchObject({
      code: 'ILL_STD',
      category: { code: 'ILL' },
      bandwidths: [],
    });
    expect((await eventFor(recorder, 'product.created', id)).payload).toMatchObject({
      productId: id,
      code: 'ILL_STD',
      name: 'ILL Standard',
      categoryId: ill.id,
    });

    const { updateProduct } = await gqlData(service.url, UPDATE_PRODUCT, {
      input: { id, categoryId: voip.id },
    });
    expect(updateProduct.errors).toEqual([]);
    expect(updateProduct.product).toMatchObject({ name: 'ILL Standard', category: { code: 'VOIP' } });
    expect((await eventFor(recorder, 'product.updated', id)).payload).toEqual({
      productId: id,
      name: 'ILL Standard',
      categoryId: voip.id,
      updatedAt: updateProduct.product.updatedAt,
    });

    const { deactivateProduct } = await gqlData(service.url, DEACTIVATE_PRODUCT, { input: { id } });
    expect(deactivateProduct.product.active).toBe(false);
    expect((await eventFor(recorder, 'product.deactivated', id)).payload).toEqual({
      productId: id,
      deactivatedAt: deactivateProduct.product.deactivatedAt,
    });
  });

  it('creates, re-ranks and deactivates a bandwidth, publishing value, unit and rank', async () => {
    const { createBandwidth } = await gqlData(service.url, CREATE_BANDWIDTH, {
      input: { value: 100, unit: 'MBPS', rank: 100 },
    });
    expect(createBandwidth.errors).toEqual([]);
    expect(createBandwidth.bandwidth).toMatchObject({
      value: 100,
      unit: 'MBPS',
      rank: 100,
      label: '100 Mbps',
    });
    const id = createBandwidth.bandwidth.id as string;
    expect((await eventFor(recorder, 'bandwidth.created', id)).payload).toMatchObject({
      bandwidthId: id,
      value: 100,
      unit: 'MBPS',
      rank: 100,
      label: '100 Mbps',
    });

    const { updateBandwidth } = await gqlData(service.url, UPDATE_BANDWIDTH, { input: { id, rank: 110 } });
    expect(updateBandwidth.bandwidth).toMatchObject({ rank: 110, label: '100 Mbps' });
    expect((await eventFor(recorder, 'bandwidth.updated', id)).payload).toEqual({
      bandwidthId: id,
      value: 100,
      unit: 'MBPS',
      rank: 110,
      updatedAt: updateBandwidth.bandwidth.updatedAt,
    });

    const { deactivateBandwidth } = await gqlData(service.url, DEACTIVATE_BANDWIDTH, { input: { id } });
    expect(deactivateBandwidth.bandwidth.active).toBe(false);
    expect((await eventFor(recorder, 'bandwidth.deactivated', id)).payload).toEqual({
      bandwidthId: id,
      value: 100,
      unit: 'MBPS',
      rank: 110,
      deactivatedAt: deactivateBandwidth.bandwidth.deactivatedAt,
    });
  });

  it('sets the bandwidths a product offers, in rank order', async () => {
    const cat = await category('ACCESS');
    const p = await product('ACC_1', cat.id);
    const high = await bandwidth(1, 'GBPS', 1000);
    const low = await bandwidth(512, 'KBPS', 5);
    const mid = await bandwidth(10, 'MBPS', 50);
    const { setProductBandwidths } = await gqlData(service.url, SET_BANDWIDTHS, {
      input: { productId: p.id, bandwidthIds: [high.id, low.id, mid.id, low.id] },
    });
    expect(setProductBandwidths.errors).toEqual([]);
    expect(setProductBandwidths.product.bandwidths.map((b: { label: string }) => b.label)).toEqual([
      '512 Kbps',
      '10 Mbps',
      '1 Gbps',
    ]);
    const set = await eventFor(recorder, 'product.bandwidths_set', p.id);
    expect(set.payload).toMatchObject({ productId: p.id, bandwidthIds: [low.id, mid.id, high.id] });

    const cleared = await gqlData(service.url, SET_BANDWIDTHS, {
      input: { productId: p.id, bandwidthIds: [] },
    });
    expect(cleared.setProductBandwidths.errors).toEqual([]);
    expect(cleared.setProductBandwidths.product.bandwidths).toEqual([]);
  });

  it('lists categories, products and bandwidths with filters and cursors', async () => {
    const cat = await category('LISTCAT');
    const a = await product('LIST_A', cat.id);
    await product('LIST_B', cat.id);
    await gqlData(service.url, DEACTIVATE_PRODUCT, { input: { id: a.id } });
    const lists = await gqlData(
      service.url,
      `{ byCat: products(filter: { categoryId: "${cat.id}" }) { totalCount edges { node { code } } }
         active: products(filter: { categoryId: "${cat.id}", active: true }) { edges { node { code } } }
         search: products(filter: { search: "list_" }) { totalCount }
         cats: productCategories(filter: { search: "listc" }) { edges { node { code products { code } } } }
         bws: bandwidths(filter: { active: true }) { totalCount edges { node { rank } } } }`,
    );
    expect(lists.byCat.totalCount).toBe(2);
    expect(lists.active.edges).toEqual([{ node: { code: 'LIST_B' } }]);
    expect(lists.search.totalCount).toBe(2);
    expect(lists.cats.edges[0].node.products.map((p: { code: string }) => p.code)).toEqual([
      'LIST_A',
      'LIST_B',
    ]);
    const ranks = lists.bws.edges.map((e: { node: { rank: number } }) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((x: number, y: number) => x - y));

    const first = await gqlData(
      service.url,
      '{ bandwidths(first: 1) { edges { node { rank } } pageInfo { endCursor hasNextPage } } }',
    );
    expect(first.bandwidths.pageInfo.hasNextPage).toBe(true);
    const next = await gqlData(
      service.url,
      'query($after: String) { bandwidths(first: 100, after: $after) { edges { node { rank } } } }',
      {
        after: first.bandwidths.pageInfo.endCursor,
      },
    );
    const firstRank = first.bandwidths.edges[0].node.rank as number;
    expect(next.bandwidths.edges.every((e: { node: { rank: number } }) => e.node.rank > firstRank)).toBe(
      true,
    );
  });

  it('returns typed errors and writes nothing for bad input', async () => {
    const cat = await category('ERRCAT');
    const closed = await category('CLOSEDCAT');
    await gqlData(service.url, DEACTIVATE_CATEGORY, { input: { id: closed.id } });
    const p = await product('ERR_P', cat.id);
    const bw = await bandwidth(2, 'MBPS', 20);
    const gone = await bandwidth(4, 'MBPS', 40);
    await gqlData(service.url, DEACTIVATE_BANDWIDTH, { input: { id: gone.id } });

    // product categories
    expect(
      await refused(service, CREATE_CATEGORY, 'createProductCategory', { code: 'x', name: 'y' }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–20 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
    ]);
    expect(
      await refused(service, CREATE_CATEGORY, 'createProductCategory', { code: 'errcat', name: 'Dup' }),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'code'],
        message: 'a product category with code ERRCAT already exists',
      },
    ]);
    expect(
      (await refused(service, UPDATE_CATEGORY, 'updateProductCategory', { id: 'nope', name: 'Fine' }))[0],
    ).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'], message: 'no product category has this id' });
    expect(await refused(service, DEACTIVATE_CATEGORY, 'deactivateProductCategory', { id: cat.id })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message: 'product category ERRCAT is used by 1 active product',
      },
    ]);
    expect(
      (await refused(service, DEACTIVATE_CATEGORY, 'deactivateProductCategory', { id: closed.id }))[0].code,
    ).toBe('ALREADY_INACTIVE');

    // products
    expect(
      await refused(service, CREATE_PRODUCT, 'createProduct', {
        code: 'err_p',
        name: 'Dup',
        categoryId: closed.id,
      }),
    ).toEqual([
      { code: 'DUPLICATE', field: ['input', 'code'], message: 'a product with code ERR_P already exists' },
      {
        code: 'REFERENCE_INACTIVE',
        field: ['input', 'categoryId'],
        message: 'product category CLOSEDCAT is inactive',
      },
    ]);
    expect(
      await refused(service, CREATE_PRODUCT, 'createProduct', {
        code: 'NEW_P',
        name: 'New',
        categoryId: 'nope',
      }),
    ).toEqual([
      {
        code: 'REFERENCE_NOT_FOUND',
        field: ['input', 'categoryId'],
        message: 'no product category has this id',
      },
    ]);
    expect(
      await refused(service, UPDATE_PRODUCT, 'updateProduct', { id: p.id, categoryId: closed.id }),
    ).toEqual([
      {
        code: 'REFERENCE_INACTIVE',
        field: ['input', 'categoryId'],
        message: 'product category CLOSEDCAT is inactive',
      },
    ]);
    expect(await refused(service, UPDATE_PRODUCT, 'updateProduct', { id: p.id, name: 'x' })).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
    ]);
    expect(
      (await refused(service, UPDATE_PRODUCT, 'updateProduct', { id: 'nope', name: 'Fine' }))[0].code,
    ).toBe('NOT_FOUND');
    expect((await refused(service, DEACTIVATE_PRODUCT, 'deactivateProduct', { id: 'nope' }))[0].code).toBe(
      'NOT_FOUND',
    );

    // bandwidths
    expect(
      await refused(service, CREATE_BANDWIDTH, 'createBandwidth', { value: 0, unit: 'MBPS', rank: 7 }),
    ).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'value'], message: 'value must be positive' }]);
    expect(
      await refused(service, CREATE_BANDWIDTH, 'createBandwidth', { value: 2, unit: 'MBPS', rank: 20 }),
    ).toEqual([
      { code: 'DUPLICATE', field: ['input', 'value'], message: 'a bandwidth of 2 Mbps already exists' },
      { code: 'DUPLICATE', field: ['input', 'rank'], message: 'rank 20 is taken by 2 Mbps' },
    ]);
    expect(await refused(service, UPDATE_BANDWIDTH, 'updateBandwidth', { id: bw.id, rank: 40 })).toEqual([
      { code: 'DUPLICATE', field: ['input', 'rank'], message: 'rank 40 is taken by 4 Mbps' },
    ]);
    expect(
      (await refused(service, UPDATE_BANDWIDTH, 'updateBandwidth', { id: 'nope', rank: 1 }))[0].code,
    ).toBe('NOT_FOUND');
    expect(
      (await refused(service, DEACTIVATE_BANDWIDTH, 'deactivateBandwidth', { id: gone.id }))[0].code,
    ).toBe('ALREADY_INACTIVE');

    // product ↔ bandwidth mapping
    expect(
      await refused(service, SET_BANDWIDTHS, 'setProductBandwidths', {
        productId: p.id,
        bandwidthIds: [bw.id, 'nope', gone.id],
      }),
    ).toEqual([
      {
        code: 'REFERENCE_NOT_FOUND',
        field: ['input', 'bandwidthIds', '1'],
        message: 'no bandwidth has the id nope',
      },
      {
        code: 'REFERENCE_INACTIVE',
        field: ['input', 'bandwidthIds', '2'],
        message: 'bandwidth 4 Mbps is inactive',
      },
    ]);
    expect(
      await refused(service, SET_BANDWIDTHS, 'setProductBandwidths', { productId: 'nope', bandwidthIds: [] }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'productId'], message: 'no product has this id' }]);
    await gqlData(service.url, SET_BANDWIDTHS, { input: { productId: p.id, bandwidthIds: [bw.id] } });
    expect(await refused(service, DEACTIVATE_BANDWIDTH, 'deactivateBandwidth', { id: bw.id })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'bandwidth 2 Mbps is used by 1 active product' },
    ]);

    const after = await gqlData(
      service.url,
      `{ product(id: "${p.id}") { name category { code } bandwidths { label } } }`,
    );
    expect(after.product).toEqual({
      name: 'Product ERR_P',
      category: { code: 'ERRCAT' },
      bandwidths: [{ label: '2 Mbps' }],
    });
  });
});
