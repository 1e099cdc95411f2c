import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LifecycleSide, Role } from '@hub/shared-schema';
import { committedDiagram, deadEnds, renderMermaid, unreachableStates } from '../lifecycle/lifecycle-graph';
import { AnyDeclaration } from '../lifecycle/lifecycle-declaration';
import { referenceUnits } from '../units/reference-units';
import { cityJointMeetingMembers } from './joint-meeting-members';
import { ACTION_ITEM_LIFECYCLE, JOINT_MEETING_LIFECYCLE } from './joint-meeting.lifecycle';

const README = join(__dirname, '../../../../../README.md');
const DECLARATIONS = [JOINT_MEETING_LIFECYCLE, ACTION_ITEM_LIFECYCLE] as unknown as AnyDeclaration[];

describe.each(DECLARATIONS.map((declaration) => [declaration.itemType, declaration] as const))('the %s lifecycle', (_type, declaration) => {
  it('reaches every state from the initial one', () => {
    expect(unreachableStates(declaration)).toEqual([]);
  });

  it('leaves every state that is not final by some action', () => {
    expect(deadEnds(declaration)).toEqual([]);
  });

  it('is drawn in the README exactly as declared', () => {
    const marker = declaration.itemType.replace(/_/g, '-');
    const fresh = renderMermaid(declaration);
    const committed = committedDiagram(readFileSync(README, 'utf8'), marker);
    if (committed !== fresh) {
      throw new Error(
        `README.md's ${marker} diagram differs from its declaration; put this between its markers:\n\n<!-- lifecycle:${marker}:begin -->\n\`\`\`mermaid\n${fresh}\n\`\`\`\n<!-- lifecycle:${marker}:end -->\n`,
      );
    }
    expect(committed).toBe(fresh);
  });
});

describe('joint meetings (§4(4))', () => {
  it('let members submit topics, the convener (a leader of the office) alone approve the agenda, the office minute', () => {
    const { submitTopic, approveAgenda, recordMinutes, cancel } = JOINT_MEETING_LIFECYCLE.actions;
    expect(submitTopic.by.sides).toEqual([LifecycleSide.MEMBER]);
    expect(approveAgenda.by).toEqual({ roles: [Role.LEADER], sides: [LifecycleSide.CONVENER] });
    expect(recordMinutes.by.sides).toEqual([LifecycleSide.CONVENER]);
    expect(cancel.noteRequired).toBe(true);
  });

  it('give an action item’s CARRY_OUT deadline to the assigned unit, met by its report, started again when sent back', () => {
    const [start] = ACTION_ITEM_LIFECYCLE.created.deadlines!;
    const item = { id: 'x', state: 'ASSIGNED' as const, sides: { ASSIGNEE: ['350582001'], CONVENER: ['joint-meeting-office'] } };
    expect(start.owner(item as never, {})).toBe('350582001');
    expect(start.rule(item as never, { workingDays: 7 })).toEqual({ workingDays: 7 });
    expect(ACTION_ITEM_LIFECYCLE.actions.reportDone.deadlines?.stop).toEqual([{ kind: 'CARRY_OUT', outcome: 'MET' }]);
    expect(ACTION_ITEM_LIFECYCLE.actions.sendBack.deadlines?.start?.[0].kind).toBe('CARRY_OUT');
  });

  it('seat the units §4(4) lists: justice, establishment office, HR, finance, police, court, procuratorate, every department and town', () => {
    const members = cityJointMeetingMembers(referenceUnits());
    for (const code of [
      'dept-justice',
      'dept-establishment',
      'dept-human-resources',
      'dept-finance',
      'judicial-police',
      'judicial-court',
      'judicial-procuratorate',
      'dept-market-regulation',
      '350582001',
      '350582114',
    ]) {
      expect(members).toContain(code);
    }
    expect(members.filter((code) => /^\d{9}$/.test(code))).toHaveLength(19);
    // The office convenes; the city government is no member.
    expect(members).not.toContain('joint-meeting-office');
    expect(members).not.toContain('city-government');
  });
});
