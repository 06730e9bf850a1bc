import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { gatewayService } from './index';

void runMain(() => launchService(gatewayService, { PORT: '3000', ...process.env }, { handleSignals: true }));
