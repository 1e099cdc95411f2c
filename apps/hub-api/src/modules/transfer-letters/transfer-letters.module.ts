import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { TransferLetters } from './transfer-letters.service';

/** The transfer letter (移交函, §4(3)4): rendered as a PDF and kept as the transfer's evidence. */
@Module({
  imports: [EvidenceModule],
  providers: [TransferLetters],
  exports: [TransferLetters],
})
export class TransferLettersModule {}
