import { TransferSituation } from '@hub/shared-schema';
import { DeadlineRule } from '../deadlines/deadlines.service';

/** §4(3)3②: sending is never extended past 10 working days from discovery. */
export const SEND_EXTENSION_LIMIT_WORKING_DAYS = 10;

/**
 * The period within which the handling unit reports the result back (§2(1), §2(2)), per §2 situation.
 * The regulation leaves it to the city: local policy, 60 working days for every situation until the city
 * sets others (a case needing technical testing as well: testing is done before the transfer, §2(4) second paragraph).
 */
export const RESULT_PERIODS: Readonly<Record<TransferSituation, DeadlineRule>> = {
  LICENSED_OUTSIDE_LICENCE: { workingDays: 60 },
  UNLICENSED: { workingDays: 60 },
  PROHIBITED: { workingDays: 60 },
  QUALIFICATIONS_OBLIGATIONS: { workingDays: 60 },
  TECHNICAL_TESTING: { workingDays: 60 },
};

export function resultPeriodOf(situation: TransferSituation): DeadlineRule {
  return RESULT_PERIODS[situation];
}
