import { BaseEnv } from '@baeum/service-kit';

export class CurriculumEnv extends BaseEnv {}
