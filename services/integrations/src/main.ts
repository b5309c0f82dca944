import { runServiceProcess } from '@oms/server';
import { integrationsService } from './service';

void runServiceProcess(integrationsService);
