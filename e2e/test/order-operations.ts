/** The GraphQL operations of the new-order flow, as a frontend sends them. */
const ERR = 'errors { code field message }';

const ORDER = `id orderNo state approvalRound nextActions activationDate
  history { transition toState changedBy changedByName comment }
  timeline { state enteredBy enteredByName minutesSpent budgetHours }
  tasks { id queue status action } documents { id fileName contentType }`;

export const ORDERS = {
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id leadNo } ${ERR} } }`,
  leadFeasibility: `query($id: ID!) { lead(id: $id) { id feasibility { result bso { id } } } }`,
  cancelLead: `mutation($input: CancelLeadInput!) { cancelLead(input: $input) { lead { id state } ${ERR} } }`,
  createOrder: `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { ${ORDER} } ${ERR} } }`,
  updateOrder: `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { order { id } ${ERR} } }`,
  submitOrder: `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id state approvalRound } ${ERR} } }`,
  cancelOrder: `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id state } ${ERR} } }`,
  activate: `mutation($input: ActivateOrderInput!) { activateOrder(input: $input) { order { id state activationDate } ${ERR} } }`,
  order: `query($id: ID!) { order(id: $id) { ${ORDER} } }`,
  claim: `mutation($input: TaskInput!) { claimTask(input: $input) { task { id status } ${ERR} } }`,
  complete: `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { task { id status } ${ERR} } }`,
  requestUpload: `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { upload { url expiresAt } ${ERR} } }`,
  requestDownload: `mutation($input: RequestDocumentDownloadInput!) { requestDocumentDownload(input: $input) { download { url } ${ERR} } }`,
};

export const FEASIBILITY = {
  send: `mutation($input: SendForFeasibilityInput!) { sendForFeasibility(input: $input) { batchId feasibilityRequests { id requestNo bso { id } } ${ERR} } }`,
  create: `mutation($input: CreateFeasibilityRequestInput!) { createFeasibilityRequest(input: $input) { feasibilityRequest { id requestNo } ${ERR} } }`,
  respond: `mutation($input: RespondToFeasibilityRequestInput!) { respondToFeasibilityRequest(input: $input) { feasibilityRequest { id status } ${ERR} } }`,
  ofLead: `query($id: ID!) { lead(id: $id) { id feasibilityRequests { requestNo status } } }`,
  verdict: `mutation($input: RecordTechnicalFeasibilityInput!) { recordTechnicalFeasibility(input: $input) { feasibilityRequest { id } ${ERR} } }`,
};

export const APPROVALS = {
  createMatrix: `mutation($input: CreateApprovalMatrixInput!) { createApprovalMatrix(input: $input) { approvalMatrix { id } ${ERR} } }`,
  addRule: `mutation($input: AddApprovalRuleInput!) { addApprovalRule(input: $input) { rule { id } ${ERR} } }`,
  /** A rule for new orders of a product category with the given levels. */
  ruleInput: (
    matrixId: string,
    productCategoryId: string,
    levels: { role: string; limit: string; tatHours: number }[],
  ) => ({
    matrixId,
    priority: 10,
    orderType: 'NEW',
    productCategoryId,
    levels,
  }),
  publish: `mutation($input: PublishApprovalMatrixInput!) { publishApprovalMatrix(input: $input) { approvalMatrix { id status } ${ERR} } }`,
  requestsOfOrder: `query($orderId: ID!) { approvalRequests(filter: { orderId: $orderId }) { edges { node { id status round currentLevel { level role } decisions { level role decision decidedBy decidedByName } } } } }`,
  approve: `mutation($input: ApproveApprovalRequestInput!) { approveApprovalRequest(input: $input) { approvalRequest { id status } ${ERR} } }`,
  reject: `mutation($input: RejectApprovalRequestInput!) { rejectApprovalRequest(input: $input) { approvalRequest { id status } ${ERR} } }`,
};
