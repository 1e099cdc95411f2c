import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CatalogImportResult,
  DevolvedMatter,
  DevolvedMatterInput,
  ImportDevolvedMattersArgs,
  WhoHandles,
  WhoHandlesArgs,
} from '@hub/shared-schema';
import { Operation } from '../../common/auth/auth.decorators';
import { MattersService } from './matters.service';

@Resolver()
export class MattersResolver {
  constructor(private readonly mattersService: MattersService) {}

  @Query(() => [DevolvedMatter], { description: '赋权事项清单 the devolved matter catalog' })
  @Operation('records.read')
  devolvedMatters() {
    return this.mattersService.list();
  }

  @Query(() => WhoHandles, { description: '管辖查询 which unit holds the penalty power for a matter in a township' })
  @Operation('records.read')
  whoHandles(@Args() args: WhoHandlesArgs) {
    return this.mattersService.whoHandles(args.matterCode, args.townshipCode);
  }

  @Mutation(() => CatalogImportResult, {
    description: '导入赋权事项清单 import the catalog from CSV or XLSX (admin); valid rows saved, others listed',
  })
  @Operation('matter.import')
  importDevolvedMatters(@Args() args: ImportDevolvedMattersArgs) {
    return this.mattersService.importCatalog(args.format, args.content);
  }

  @Mutation(() => DevolvedMatter, { description: '维护赋权事项 add or replace a catalog entry (admin)' })
  @Operation('matter.save')
  saveDevolvedMatter(@Args('input') input: DevolvedMatterInput) {
    return this.mattersService.save(input);
  }
}
