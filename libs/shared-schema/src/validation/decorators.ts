import { applyDecorators } from '@nestjs/common';
import { IsDateString, Length, ValidationOptions, ValidateBy, buildMessage } from 'class-validator';
import { isJinjiangTownshipCode } from '../reference/townships';
import { isResidentId } from './resident-id';
import { isUscc } from './uscc';

/** 统一社会信用代码 with a correct check character. */
export const IsUscc = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isUscc',
      validator: {
        validate: isUscc,
        defaultMessage: buildMessage(() => 'must be an 18-character unified social credit code with a correct check character', options),
      },
    },
    options,
  );

/** 居民身份证号码 with a valid region, birth date and check character. */
export const IsResidentId = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isResidentId',
      validator: {
        validate: isResidentId,
        defaultMessage: buildMessage(() => 'must be an 18-character resident ID number with a correct check character', options),
      },
    },
    options,
  );

/** The 9-digit code of one of Jinjiang's 19 towns and subdistricts (those the penalty powers went to, §3(1)). */
export const IsTownshipCode = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTownshipCode',
      validator: {
        validate: isJinjiangTownshipCode,
        defaultMessage: buildMessage(() => 'must be the 9-digit code of a Jinjiang town or subdistrict (350582001…350582114)', options),
      },
    },
    options,
  );

const CALENDAR_DATE = { message: 'must be a date YYYY-MM-DD' };

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export const IsCalendarDate = () => applyDecorators(IsDateString({ strict: true }, CALENDAR_DATE), Length(10, 10, CALENDAR_DATE));
