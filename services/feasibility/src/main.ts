import { runServiceProcess } from '@oms/server';
import { feasibilityService } from './service';

void runServiceProcess(feasibilityService);
