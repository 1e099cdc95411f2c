import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedDiagram, deadEnds, renderMermaid, unreachableStates } from '../lifecycle/lifecycle-graph';
import { AnyDeclaration } from '../lifecycle/lifecycle-declaration';
import { TRANSFER_LIFECYCLE } from './transfer.lifecycle';

const declaration = TRANSFER_LIFECYCLE as unknown as AnyDeclaration;
const README = join(__dirname, '../../../../../README.md');

describe('TRANSFER_LIFECYCLE', () => {
  it('reaches every state from DRAFT', () => {
    expect(unreachableStates(declaration)).toEqual([]);
  });

  it('leaves every state that is not final by some action', () => {
    expect(deadEnds(declaration)).toEqual([]);
  });

  it('declares a reason for the actions that need one (reject, decline, extend, withdraw)', () => {
    const withReason = Object.entries(TRANSFER_LIFECYCLE.actions)
      .filter(([, rule]) => rule.noteRequired)
      .map(([action]) => action)
      .sort();
    expect(withReason).toEqual(['decline', 'extend', 'reject', 'withdraw']);
  });

  it('is drawn in the README exactly as declared', () => {
    const fresh = renderMermaid(declaration);
    const committed = committedDiagram(readFileSync(README, 'utf8'), 'transfer');
    if (committed !== fresh) {
      throw new Error(
        `README.md's transfer lifecycle diagram differs from TRANSFER_LIFECYCLE; put this between its markers:\n\n<!-- lifecycle:transfer:begin -->\n\`\`\`mermaid\n${fresh}\n\`\`\`\n<!-- lifecycle:transfer:end -->\n`,
      );
    }
    expect(committed).toBe(fresh);
  });
});
