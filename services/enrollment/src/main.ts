import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { enrollmentService } from './index';

void runMain(() => launchService(enrollmentService, { PORT: '3002', ...process.env }, { handleSignals: true }));
