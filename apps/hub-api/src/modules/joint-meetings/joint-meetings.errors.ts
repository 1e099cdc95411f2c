import { JointMeetingErrorCode } from '@hub/shared-schema';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../common/errors/domain-error';

const E = JointMeetingErrorCode;

/** The refusals of joint meetings (联席会议, §4(4)) and their action items. */
export const JointMeetingErrors = {
  bodyNotFound: (id: string, field = 'id') => new NotFoundError('joint meeting body', id, field),
  meetingNotFound: (id: string, field = 'id') => new NotFoundError('joint meeting', id, field),
  topicNotFound: (id: string, field: string) => new NotFoundError('joint meeting topic', id, field),
  actionItemNotFound: (id: string, field = 'id') => new NotFoundError('action item', id, field),
  notYours: (what: string) => new ForbiddenError(`${what} is read by its office, its member units and supervisors`),
  topicCollectionClosed: (dueAt: Date) =>
    new ConflictError(
      `议题征集已截止 topics for this meeting were due by ${dueAt.toISOString()}, the end of the 5th working day before it (§4(4)2①)`,
      'input.meetingId',
      E.TOPIC_COLLECTION_CLOSED,
    ),
  topicCollectionOpen: (dueAt: Date) =>
    new ConflictError(
      `议题征集尚未截止 members may submit topics until ${dueAt.toISOString()}: the agenda is approved after that (§4(4)2①)`,
      'input.id',
      E.TOPIC_COLLECTION_OPEN,
    ),
  meetingNotYet: (meetingOn: string) =>
    new ConflictError(
      `会议尚未召开 the meeting is on ${meetingOn}: it is recorded as held on or after that day`,
      'input.id',
      E.MEETING_NOT_YET,
    ),
  notMembers: (field: string, codes: string[]) =>
    new InputError(field, `非联席会议成员单位 not member units of this joint meeting: ${codes.join(', ')} (§4(4))`, E.NOT_A_MEMBER),
  notStationed: (field: string, codes: string[]) =>
    new InputError(
      field,
      `镇（街道）联席会议成员为派驻机构和市直部门 a town’s joint meeting has stationed agencies and city departments beside the town: ${codes.join(', ')} (§4(4)3②)`,
      E.NOT_A_MEMBER,
    ),
  notTownship: (code: string) => new InputError('input.townCode', `${code} 不是镇（街道） is not a town or subdistrict (§4(4)3②)`),
  bodyExists: (code: string) => new ConflictError(`联席会议已设立 the joint meeting of ${code} exists`, 'input.townCode'),
  notAhead: (field: string, date: string) => new InputError(field, `须晚于今日 ${date} is not after today`, E.DUE_DATE_NOT_AHEAD),
  topicsNotOfMeeting: (ids: string[]) =>
    new InputError('input.topicIds', `不是本次会议的议题 not topics of this meeting: ${ids.join(', ')}`),
  membersOfOtherBody: () =>
    new ForbiddenError('成员调整 the city’s members are changed by admins; a town’s by admins and the town’s leaders'),
};
