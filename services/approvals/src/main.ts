import { runServiceProcess } from '@oms/server';
import { approvalsService } from './service';

void runServiceProcess(approvalsService);
