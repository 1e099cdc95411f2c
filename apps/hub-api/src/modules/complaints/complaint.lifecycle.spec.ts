import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedDiagram, deadEnds, renderMermaid, unreachableStates } from '../lifecycle/lifecycle-graph';
import { AnyDeclaration } from '../lifecycle/lifecycle-declaration';
import { COMPLAINT_LIFECYCLE } from './complaint.lifecycle';

const declaration = COMPLAINT_LIFECYCLE as unknown as AnyDeclaration;
const README = join(__dirname, '../../../../../README.md');

describe('COMPLAINT_LIFECYCLE', () => {
  it('reaches every state from RECEIVED', () => {
    expect(unreachableStates(declaration)).toEqual([]);
  });

  it('leaves every state that is not final by some action', () => {
    expect(deadEnds(declaration)).toEqual([]);
  });

  it('requires the record of the outcomes that need one (§4(2)): where the person was directed, the answer', () => {
    const guarded = Object.entries(COMPLAINT_LIFECYCLE.actions)
      .filter(([, rule]) => rule.guards?.length)
      .map(([action, rule]) => [action, rule.guards!.map((g) => g.name)]);
    expect(guarded).toEqual([
      ['redirect', ['directedToRequired']],
      ['answer', ['answerRequired']],
    ]);
  });

  it('is drawn in the README exactly as declared', () => {
    const fresh = renderMermaid(declaration);
    const committed = committedDiagram(readFileSync(README, 'utf8'), 'complaint');
    if (committed !== fresh) {
      throw new Error(
        `README.md's complaint lifecycle diagram differs from COMPLAINT_LIFECYCLE; put this between its markers:\n\n<!-- lifecycle:complaint:begin -->\n\`\`\`mermaid\n${fresh}\n\`\`\`\n<!-- lifecycle:complaint:end -->\n`,
      );
    }
    expect(committed).toBe(fresh);
  });
});
