import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { UnitOwnershipRegistry } from './common/auth/unit-ownership.registry';
import { InputValidationPipe } from './common/errors/input-validation.pipe';
import { Clock } from './common/time/clock';
import { ClockModule } from './common/time/clock.module';
import { HUB_CONFIG } from './config/config.constants';
import { HubConfig } from './config/hub-config';
import { dataSourceOptions } from './database/data-source-options';
import { ChangeNotifications } from './database/change-notifications';
import { TransactionRunner } from './database/transaction-runner';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { UnitsModule } from './modules/units/units.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { MattersModule } from './modules/matters/matters.module';
import { RecordsModule } from './modules/records/records.module';
import { LicensingModule } from './modules/licensing/licensing.module';
import { PenaltiesModule } from './modules/penalties/penalties.module';
import { PartiesModule } from './modules/parties/parties.module';
import { NormativeModule } from './modules/normative/normative.module';
import { ComplaintsModule } from './modules/complaints/complaints.module';
import { DevicesModule } from './modules/devices/devices.module';
import { LedgersModule } from './modules/ledgers/ledgers.module';
import { OtherInfoModule } from './modules/other-info/other-info.module';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { TransferLettersModule } from './modules/transfer-letters/transfer-letters.module';
import { AuditCheckpointsModule } from './modules/audit-checkpoints/audit-checkpoints.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { ExportsModule } from './modules/exports/exports.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { DeadlinesModule } from './modules/deadlines/deadlines.module';
import { TransfersModule } from './modules/transfers/transfers.module';
import { InboxModule } from './modules/inbox/inbox.module';
import { AssistanceModule } from './modules/assistance/assistance.module';
import { JointMeetingsModule } from './modules/joint-meetings/joint-meetings.module';
import { SharingGapsModule } from './modules/sharing-gaps/sharing-gaps.module';
import { loggerOptions } from './config/logger-options';
import { ObservabilityModule } from './modules/observability/observability.module';

/** Shared infrastructure every feature module may inject: config, transactions, ownership lookups, change notifications. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: HubConfig): DynamicModule {
    const providers = [{ provide: HUB_CONFIG, useValue: config }, TransactionRunner, UnitOwnershipRegistry, ChangeNotifications];
    return { module: CoreModule, providers, exports: providers };
  }
}

/** Composition root: config, logging, database, GraphQL, then one module per domain concept. */
@Module({})
export class AppModule {
  static forRoot(config: HubConfig, clock?: Clock): DynamicModule {
    if (!config.database.url) throw new Error('AppModule needs a database URL (embedded or configured)');
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        ClockModule.forRoot(clock),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(config.database.url, config.database.poolSize)),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        HealthModule,
        AuditModule,
        UnitsModule,
        CalendarModule,
        AuthModule,
        MattersModule,
        RecordsModule,
        LicensingModule,
        PenaltiesModule,
        PartiesModule,
        NormativeModule,
        ComplaintsModule,
        DevicesModule,
        LedgersModule,
        OtherInfoModule,
        SubscriptionsModule,
        WebhooksModule,
        EvidenceModule,
        TransferLettersModule,
        AuditCheckpointsModule,
        StatisticsModule,
        ExportsModule,
        ReportsModule,
        SupervisionModule,
        DeadlinesModule,
        TransfersModule,
        InboxModule,
        AssistanceModule,
        JointMeetingsModule,
        SharingGapsModule,
        ObservabilityModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
    };
  }
}
