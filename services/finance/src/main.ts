import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { financeService } from './index';

void runMain(() => launchService(financeService, { PORT: '3004', ...process.env }, { handleSignals: true }));
