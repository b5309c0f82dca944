import { runServiceProcess } from '@oms/server';
import { mastersService } from './service';

void runServiceProcess(mastersService);
