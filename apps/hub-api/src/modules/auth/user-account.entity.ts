import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@hub/shared-schema';

@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 50 })
  displayName!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 40 })
  unitCode!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** `scrypt$N$r$p$salt$hash`, see password-hasher.ts */
  @Column({ name: 'password_hash', type: 'varchar', length: 300 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
