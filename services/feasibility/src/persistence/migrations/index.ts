import { CreateNumberSequence1763700000500 } from '@oms/persistence';
import { CreateFeasibilityRequests1763700001000 } from './1763700001000-create-feasibility-requests';
import { BsoFeasibility1763700002000 } from './1763700002000-bso-feasibility';
import { TechnicalVerdict1763700003000 } from './1763700003000-technical-verdict';
import { FeasibilityBatch1763700004000 } from './1763700004000-feasibility-batch';
import { AnswerReminder1763700005000 } from './1763700005000-answer-reminder';

/** The feasibility schema, oldest first: the shared request-number counters, then the service's own tables. */
export const feasibilityMigrations = [
  CreateNumberSequence1763700000500,
  CreateFeasibilityRequests1763700001000,
  BsoFeasibility1763700002000,
  TechnicalVerdict1763700003000,
  FeasibilityBatch1763700004000,
  AnswerReminder1763700005000,
];
