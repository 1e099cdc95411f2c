import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssistanceKind } from '@hub/shared-schema';
import { committedDiagram, deadEnds, renderMermaid, unreachableStates } from '../lifecycle/lifecycle-graph';
import { AnyDeclaration } from '../lifecycle/lifecycle-declaration';
import { ASSISTANCE_LIFECYCLES, diagramMarker } from './assistance.lifecycle';

const README = join(__dirname, '../../../../../README.md');
const KINDS = Object.keys(ASSISTANCE_LIFECYCLES) as AssistanceKind[];

describe.each(KINDS)('the %s lifecycle', (kind) => {
  const declaration = ASSISTANCE_LIFECYCLES[kind] as unknown as AnyDeclaration;

  it('reaches every state from SENT', () => {
    expect(unreachableStates(declaration)).toEqual([]);
  });

  it('leaves every state that is not final by some action', () => {
    expect(deadEnds(declaration)).toEqual([]);
  });

  it('is drawn in the README exactly as declared', () => {
    const marker = diagramMarker(kind);
    const fresh = renderMermaid(declaration);
    const committed = committedDiagram(readFileSync(README, 'utf8'), marker);
    if (committed !== fresh) {
      throw new Error(
        `README.md's ${kind} diagram differs from its declaration; put this between its markers:\n\n<!-- lifecycle:${marker}:begin -->\n\`\`\`mermaid\n${fresh}\n\`\`\`\n<!-- lifecycle:${marker}:end -->\n`,
      );
    }
    expect(committed).toBe(fresh);
  });
});

describe('assistance lifecycles', () => {
  it('ask a reason for an extension, a refusal and a withdrawal', () => {
    const withReason = (declaration: AnyDeclaration) =>
      Object.entries(declaration.actions)
        .filter(([, rule]) => rule.noteRequired)
        .map(([action]) => action)
        .sort();
    expect(withReason(ASSISTANCE_LIFECYCLES.TECHNICAL_OPINION as unknown as AnyDeclaration)).toEqual(['extend', 'withdraw']);
    expect(withReason(ASSISTANCE_LIFECYCLES.DOCUMENT_ACCESS as unknown as AnyDeclaration)).toEqual(['refuse', 'withdraw']);
    expect(withReason(ASSISTANCE_LIFECYCLES.DATA_REQUEST as unknown as AnyDeclaration)).toEqual(['refuse', 'withdraw']);
    expect(withReason(ASSISTANCE_LIFECYCLES.POLICE_SUPPORT as unknown as AnyDeclaration)).toEqual(['withdraw']);
    expect(withReason(ASSISTANCE_LIFECYCLES.COURT_ENFORCEMENT as unknown as AnyDeclaration)).toEqual(['withdraw']);
  });
});
