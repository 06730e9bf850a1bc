import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { notificationService } from './index';

void runMain(() => launchService(notificationService, { PORT: '3005', ...process.env }, { handleSignals: true }));
