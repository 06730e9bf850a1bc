import { MessagingModule } from '@baeum/messaging';
import { keyedDatabaseModule, SERVICE_ENV, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApplicationsModule } from './applications/applications.module';
import { IDENTITY_VERIFICATION_PROVIDER } from './applications/identity/identity-verification-provider';
import { identitySecret, SimulatedIdentityProvider } from './applications/identity/simulated-identity-provider';
import { AssessmentsModule } from './assessments/assessments.module';
import { ExaminationEnv } from './config/env';
import { examinationDatabase } from './database/settings';
import { ExamsModule } from './exams/exams.module';
import { FeesModule } from './fees/fees.module';
import { PAYMENT_PROVIDER } from './fees/payment-provider';
import { InterviewsModule } from './interviews/interviews.module';
import { webhookSecret } from './payments/signature';
import { SimulatedPaymentProvider } from './payments/simulated-provider';
import { PaymentsModule } from './payments/payments.module';
import { PhotosModule } from './photos/photos.module';
import { PreparatoryCoursesModule } from './preparatory-courses/preparatory-courses.module';
import { ResultsModule } from './results/results.module';
import { ScoringModule } from './scoring/scoring.module';
import { SeasonModule } from './season/season.module';
import { VenuesModule } from './venues/venues.module';

/** The payment and identity providers the service runs with, bound here, where the service is put together. */
@Global()
@Module({
  providers: [
    {
      provide: PAYMENT_PROVIDER,
      inject: [SERVICE_ENV],
      useFactory: (e: ExaminationEnv) => new SimulatedPaymentProvider(webhookSecret(e)),
    },
    {
      provide: IDENTITY_VERIFICATION_PROVIDER,
      inject: [SERVICE_ENV],
      useFactory: (e: ExaminationEnv) => new SimulatedIdentityProvider(identitySecret(e)),
    },
  ],
  exports: [PAYMENT_PROVIDER, IDENTITY_VERIFICATION_PROVIDER],
})
class ProvidersModule {}

/*
 * A Nest module per feature, each importing only the features before it (docs/architecture.md,
 * "Inside a service: examination's shape"; feature-order.spec.ts). The features are listed in the
 * order their controllers' routes were registered in when they were one module.
 */
/** Every event handler of the service's features, run by MessagingModule. */
export const EXAMINATION_CONSUMERS = [...PreparatoryCoursesModule.consumers, ...ExamsModule.consumers];

@Module({})
export class ExaminationModule {
  static forRoot(env: ExaminationEnv, logger: Logger): DynamicModule {
    return {
      module: ExaminationModule,
      imports: [
        ProvidersModule,
        ExamsModule,
        ApplicationsModule,
        PhotosModule,
        PaymentsModule,
        VenuesModule,
        ScoringModule,
        InterviewsModule,
        ResultsModule,
        AssessmentsModule,
        PreparatoryCoursesModule,
        SeasonModule,
        FeesModule,
        // After the features, so their routes (and the OpenAPI paths) come before health and metrics, as
        // when the controllers sat in this module; the order among these global modules (and so of their
        // start and stop hooks) is as before.
        ServiceKitModule.forRoot({ service: 'examination', env, logger }),
        keyedDatabaseModule(examinationDatabase(env)),
        MessagingModule.forService({
          service: 'examination',
          handlers: EXAMINATION_CONSUMERS,
        }),
      ],
    };
  }
}
