import { AnyDeclaration } from './lifecycle-declaration';

/** States no sequence of actions reaches from the initial one. */
export function unreachableStates(declaration: AnyDeclaration): string[] {
  const seen = new Set<string>([declaration.initial]);
  const queue = [declaration.initial];
  while (queue.length) {
    const state = queue.shift()!;
    for (const rule of Object.values(declaration.actions)) {
      const to = rule.to ?? state;
      if (rule.from.includes(state) && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return Object.keys(declaration.states).filter((state) => !seen.has(state));
}

/** Non-final states with no action out of them: an item there would be stuck for good. */
export function deadEnds(declaration: AnyDeclaration): string[] {
  return Object.keys(declaration.states).filter(
    (state) =>
      !declaration.final.includes(state) &&
      !Object.values(declaration.actions).some((rule) => rule.from.includes(state) && rule.to !== undefined && rule.to !== state),
  );
}

/** The lifecycle as a Mermaid state diagram: states with their Chinese names, each action with its roles, sides and clause. */
export function renderMermaid(declaration: AnyDeclaration): string {
  const lines = ['stateDiagram-v2', `  %% ${declaration.title} (${declaration.itemType})`];
  for (const [state, label] of Object.entries(declaration.states)) lines.push(`  state "${label} ${state}" as ${state}`);
  lines.push(`  [*] --> ${declaration.initial}`);
  for (const [action, rule] of Object.entries(declaration.actions)) {
    const who = `${rule.by.roles.join('/')} of ${rule.by.sides.join('/')}`;
    for (const from of rule.from) lines.push(`  ${from} --> ${rule.to ?? from}: ${action} ${rule.label} · ${who} · ${rule.clause}`);
  }
  for (const state of declaration.final) lines.push(`  ${state} --> [*]`);
  return lines.join('\n');
}

/** The README block between the markers of `itemType`'s diagram, or null when the markers are missing. */
export function committedDiagram(readme: string, itemType: string): string | null {
  const match = new RegExp(
    `<!-- lifecycle:${itemType}:begin -->\\n\`\`\`mermaid\\n([\\s\\S]*?)\\n\`\`\`\\n<!-- lifecycle:${itemType}:end -->`,
  ).exec(readme);
  return match ? match[1] : null;
}
