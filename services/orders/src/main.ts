import { runServiceProcess } from '@oms/server';
import { ordersService } from './service';

void runServiceProcess(ordersService);
