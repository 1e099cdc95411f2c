import { InputType } from '@nestjs/graphql';
import { StepAttachments, StepNote } from '../validation/input-fields';

/** What every action of a declared lifecycle takes beside the item's id: the note and the evidence named with the step. */
@InputType({ isAbstract: true })
export abstract class LifecycleActionFields {
  @StepNote('说明 the note; the reason where the action needs one (a rejection, a decline, an extension, a refusal, a withdrawal).')
  note?: string | null;

  @StepAttachments()
  attachmentIds?: string[] | null;
}
