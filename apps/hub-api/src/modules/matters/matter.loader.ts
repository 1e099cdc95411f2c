import { Injectable } from '@nestjs/common';
import { DevolvedMatter } from '@hub/shared-schema';
import DataLoader from 'dataloader';
import { MattersService, toDevolvedMatter } from './matters.service';

/**
 * Batches the catalog look-ups of one request: a party profile showing 50 licences asks for their
 * matters once, not 50 times. One DataLoader per request, kept with the request and dropped with it.
 */
@Injectable()
export class MatterLoader {
  private readonly loaders = new WeakMap<object, DataLoader<string, DevolvedMatter | null>>();

  constructor(private readonly matters: MattersService) {}

  load(request: object, code: string): Promise<DevolvedMatter | null> {
    let loader = this.loaders.get(request);
    if (!loader) {
      loader = new DataLoader(async (codes: readonly string[]) => {
        const found = await this.matters.findMany([...codes]);
        return codes.map((code) => {
          const matter = found.get(code);
          return matter ? toDevolvedMatter(matter) : null;
        });
      });
      this.loaders.set(request, loader);
    }
    return loader.load(code);
  }
}
