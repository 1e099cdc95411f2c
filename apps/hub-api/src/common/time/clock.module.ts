import { DynamicModule, Global, Module, OnModuleInit } from '@nestjs/common';
import { validationClock } from '@hub/shared-schema';
import { Clock, SystemClock } from './clock';

/** Holds the hub's one Clock and points the schema's validators (plausibility.ts) at it. */
class ValidationClockBinding implements OnModuleInit {
  constructor(private readonly clock: Clock) {}

  onModuleInit(): void {
    // Validators run inside class-validator, outside the injector: they judge dates by the same clock.
    validationClock.now = () => this.clock.now();
  }
}

/** The hub's Clock, injectable everywhere: the system clock, or the one a test passes in to move. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ClockModule,
      providers: [
        { provide: Clock, useValue: clock },
        { provide: ValidationClockBinding, useFactory: (c: Clock) => new ValidationClockBinding(c), inject: [Clock] },
      ],
      exports: [Clock],
    };
  }
}
