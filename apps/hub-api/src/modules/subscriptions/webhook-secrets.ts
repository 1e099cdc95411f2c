import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SecretBox } from '../../common/crypto/secret-box';
import { HUB_CONFIG } from '../../config/config.constants';
import { HubConfig } from '../../config/hub-config';

/** Standard Webhooks secrets: `whsec_` + base64 of 32 random bytes, kept sealed in the database. */
@Injectable()
export class WebhookSecrets {
  private readonly box: SecretBox;

  constructor(@Inject(HUB_CONFIG) config: HubConfig) {
    if (!config.auth.jwtSecret) throw new Error('the hub secret (HUB_JWT_SECRET) is not set');
    this.box = new SecretBox(config.auth.jwtSecret, 'webhook-signing-secret');
  }

  generate(): string {
    return `whsec_${randomBytes(32).toString('base64')}`;
  }

  seal(secret: string): string {
    return this.box.seal(secret);
  }

  open(sealed: string): string {
    return this.box.open(sealed);
  }
}
