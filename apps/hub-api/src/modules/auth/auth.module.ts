import { createSecretKey } from 'node:crypto';
import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { CREDENTIAL_VERIFIER, CredentialVerifier } from '../../common/auth/actor';
import { UnitOwnershipRegistry } from '../../common/auth/unit-ownership.registry';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';
import { AuditModule } from '../audit/audit.module';
import { UnitsModule } from '../units/units.module';
import { AccountsService } from './accounts.service';
import { ApiKeysService } from './api-keys.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { CredentialsRepository } from './credentials.repository';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottle } from './login-throttle.service';

@Module({
  imports: [
    UnitsModule,
    AuditModule,
    JwtModule.registerAsync({
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => {
        if (!config.auth.jwtSecret) throw new Error('HUB_JWT_SECRET is not set');
        return {
          // A key object made once: given the text, jsonwebtoken tries it as a public key (and throws) and
          // then makes a secret key of it on every sign and verify, about 1 ms of each request (bench profile).
          secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
          signOptions: { algorithm: 'HS256', issuer: 'jinjiang-hub' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'jinjiang-hub' },
        };
      },
    }),
  ],
  providers: [
    CredentialsRepository,
    LoginThrottleRepository,
    LoginThrottle,
    ApiKeysService,
    AccountsService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      // For what outlives one request (a live event stream): checks a credential again later.
      provide: CREDENTIAL_VERIFIER,
      inject: [ApiKeysService, AccountsService],
      useFactory: (apiKeys: ApiKeysService, accounts: AccountsService): CredentialVerifier => ({
        verifyApiKey: (key) => apiKeys.verify(key),
        verifyAccessToken: (token) => accounts.verify(token),
      }),
    },
  ],
  exports: [AccountsService, ApiKeysService, CREDENTIAL_VERIFIER],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly ownership: UnitOwnershipRegistry,
    private readonly apiKeys: ApiKeysService,
  ) {}

  onModuleInit(): void {
    this.ownership.register('apiKey', (id) => this.apiKeys.unitOf(id));
  }
}
