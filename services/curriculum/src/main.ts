import 'reflect-metadata';
import { launchService, runMain } from '@baeum/service-kit';
import { curriculumService } from './index';

void runMain(() => launchService(curriculumService, { PORT: '3001', ...process.env }, { handleSignals: true }));
