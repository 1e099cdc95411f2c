import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { MutationInterceptor } from './mutation.interceptor';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, { provide: APP_INTERCEPTOR, useClass: MutationInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
