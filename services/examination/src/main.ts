import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { examinationService } from './index';

void runMain(() => launchService(examinationService, { PORT: '3003', ...process.env }, { handleSignals: true }));
