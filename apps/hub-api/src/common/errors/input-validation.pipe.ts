import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { findUnstorable, perRecordProperties } from '@hub/shared-schema';
import { InputError } from './domain-error';

/** Depth-first path to the first constraint that failed, e.g. `scopes.1` or `contact.phone`. */
export function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message: message.replace(`${error.property} `, '') };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * The global ValidationPipe (whitelisting, transforming) whose errors name the field at fault with
 * its full argument path (`input.unitCode`), as clients read it from `extensions.field`.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => {
        const failure = firstFailure(errors) ?? { field: 'input', message: 'is invalid' };
        return new InputError(failure.field, failure.message);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Every string and JSON argument, before class-transformer or any validator recurses into it: a NUL,
    // a lone surrogate or runaway nesting is refused here with its field, never reaches the database.
    const perRecord = perRecordProperties(metadata.metatype);
    if (metadata.type !== 'custom') {
      const unstorable = findUnstorable(value, undefined, perRecord);
      if (unstorable) {
        const inner = unstorable.field;
        const field = metadata.data
          ? inner.startsWith('[') || !inner
            ? `${metadata.data}${inner}`
            : `${metadata.data}.${inner}`
          : inner || 'input';
        throw new InputError(field, unstorable.message);
      }
    }
    try {
      if (perRecord.size === 0 || !value || typeof value !== 'object') return await super.transform(value, metadata);
      // A batch's records are the service's to check one by one: class-transformer must not recurse into
      // them here (a record's runaway JSON would overflow the stack). The list's own rules (its size)
      // are checked on stand-ins of the same length, and the records handed on as they came.
      const args = value as Record<string, unknown>;
      const standIns = Object.fromEntries(
        [...perRecord].map((key) => [key, Array.isArray(args[key]) ? new Array<null>(args[key].length).fill(null) : args[key]]),
      );
      const transformed = (await super.transform({ ...args, ...standIns }, metadata)) as Record<string, unknown>;
      for (const key of perRecord) transformed[key] = args[key];
      return transformed;
    } catch (error) {
      // @Args('input') validates the object inside `input`: put the argument name back in the path.
      if (error instanceof InputError && metadata.data) {
        throw new InputError(`${metadata.data}.${error.field}`, error.message.slice(error.field!.length + 2));
      }
      throw error;
    }
  }
}
