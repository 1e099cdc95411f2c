import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assistance requests (协助请求, §5): one row per request, whatever its kind, its state moved only by
 * LifecycleService's compare-and-set (each kind has its declared lifecycle); the legal grounds a
 * requested unit may refuse on (§5(1)), kept by admins and seeded with the usual ones. A ground is never
 * deleted (refusals name it): it is retired.
 */
export class AssistanceRequests1765600000000 implements MigrationInterface {
  name = 'AssistanceRequests1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE refusal_ground (
        code varchar(40) PRIMARY KEY,
        name varchar(100) NOT NULL,
        legal_basis varchar(500) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO refusal_ground (code, name, legal_basis) VALUES
        ('STATE_SECRET', '涉及国家秘密', '《中华人民共和国保守国家秘密法》'),
        ('TRADE_SECRET', '涉及商业秘密', '《中华人民共和国反不正当竞争法》第九条'),
        ('PERSONAL_PRIVACY', '涉及个人隐私', '《中华人民共和国个人信息保护法》'),
        ('PROHIBITED_BY_LAW', '法律法规禁止提供', '法律、行政法规的禁止性规定')`);
    await q.query(`
      CREATE TABLE assistance_request (
        id uuid PRIMARY KEY,
        kind varchar(30) NOT NULL,
        state varchar(30) NOT NULL,
        requesting_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        requested_unit_code varchar(40) NOT NULL REFERENCES unit (code) ON UPDATE CASCADE,
        subject varchar(200) NOT NULL,
        details text NOT NULL,
        urgent boolean NOT NULL,
        evidence_at_risk boolean NOT NULL,
        on_site_person varchar(200),
        on_site_at timestamptz,
        expected_on date,
        opinion text,
        refusal_ground_code varchar(40) REFERENCES refusal_ground (code) ON UPDATE CASCADE,
        refusal_explanation text,
        created_by varchar(100) NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT assistance_request_kind_check CHECK (kind IN ('TECHNICAL_OPINION','DOCUMENT_ACCESS')),
        CONSTRAINT assistance_request_state_check CHECK (state IN ('SENT','ANSWERED','REFUSED','CLOSED','WITHDRAWN')),
        CONSTRAINT assistance_request_refusal_check CHECK (state <> 'REFUSED' OR refusal_ground_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX assistance_request_requesting_idx ON assistance_request (requesting_unit_code, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX assistance_request_requested_idx ON assistance_request (requested_unit_code, created_at DESC, id DESC)`);
    // The inbox (assistance.sql.ts): one partial index per branch of its OR.
    await q.query(`CREATE INDEX assistance_request_answer_inbox_idx ON assistance_request (requested_unit_code) WHERE state = 'SENT'`);
    await q.query(
      `CREATE INDEX assistance_request_close_inbox_idx ON assistance_request (requesting_unit_code) WHERE state IN ('ANSWERED','REFUSED')`,
    );
    await q.query(`REVOKE DELETE ON refusal_ground, assistance_request FROM hub_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assistance_request`);
    await q.query(`DROP TABLE refusal_ground`);
  }
}
