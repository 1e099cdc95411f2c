import { LifecycleSide, RecordCategory, Role } from '@hub/shared-schema';
import { AnyDeclaration } from './lifecycle-declaration';
import { committedDiagram, deadEnds, renderMermaid, unreachableStates } from './lifecycle-graph';

const by = { roles: [Role.OFFICER], sides: [LifecycleSide.SENDER] };
const toy = (actions: AnyDeclaration['actions']): AnyDeclaration => ({
  itemType: 'toy',
  table: 'toy',
  title: 'toy',
  initial: 'A',
  final: ['C'],
  states: { A: '甲', B: '乙', C: '丙', D: '丁' },
  created: { label: '新建', clause: '§0' },
  actions,
  events: { category: RecordCategory.OTHER, audience: () => ['u'], data: () => ({}), sourceUnitCode: () => 'u' },
});

describe('lifecycle graph checks', () => {
  it('finds a state no action leads to', () => {
    const declaration = toy({
      go: { label: '去', clause: '§1', from: ['A'], to: 'B', by },
      end: { label: '完', clause: '§2', from: ['B'], to: 'C', by },
      back: { label: '回', clause: '§3', from: ['D'], to: 'A', by },
    });
    expect(unreachableStates(declaration)).toEqual(['D']);
  });

  it('finds a state with no way out, and does not count an action that keeps the state as one', () => {
    const declaration = toy({
      go: { label: '去', clause: '§1', from: ['A'], to: 'B', by },
      note: { label: '记', clause: '§2', from: ['B'], by },
      hop: { label: '跳', clause: '§3', from: ['A'], to: 'D', by },
      end: { label: '完', clause: '§4', from: ['D'], to: 'C', by },
    });
    expect(deadEnds(declaration)).toEqual(['B']);
  });

  it('renders states, transitions with who and clause, and reads the block back from a README', () => {
    const declaration = toy({ go: { label: '去', clause: '§1', from: ['A'], to: 'C', by } });
    const diagram = renderMermaid(declaration);
    expect(diagram).toContain('state "甲 A" as A');
    expect(diagram).toContain('A --> C: go 去 · OFFICER of SENDER · §1');
    expect(diagram).toContain('[*] --> A');
    expect(diagram).toContain('C --> [*]');
    const readme = `x\n<!-- lifecycle:toy:begin -->\n\`\`\`mermaid\n${diagram}\n\`\`\`\n<!-- lifecycle:toy:end -->\ny`;
    expect(committedDiagram(readme, 'toy')).toBe(diagram);
    expect(committedDiagram('no markers', 'toy')).toBeNull();
  });
});
