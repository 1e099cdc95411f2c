import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
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
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      // @Args('input') validates the object inside `input`: put the argument name back in the path.
      if (error instanceof InputError && metadata.data) {
        throw new InputError(`${metadata.data}.${error.field}`, error.message.slice(error.field!.length + 2));
      }
      throw error;
    }
  }
}
