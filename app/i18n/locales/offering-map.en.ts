/** Strings of a segment's offering map: offerings and funding calls. */
export const offeringMapEn = {
  title: 'Offerings and funding',
  notices: {
    offeringLinked: 'Offering linked to the segment.',
    offeringUnlinked: 'Offering removed from the segment.',
    fundingCallLinked: 'Funding call linked to the segment.',
    fundingCallUnlinked: 'Funding call removed from the segment.',
  },
  offeringKinds: {
    open_uas: 'Open UAS studies',
    specialisation: 'Specialisation education',
    continuing_education: 'Continuing education',
    project_course: 'Funded-project course',
  },
  priorities: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
  },
  fundingCallStatuses: {
    upcoming: 'Upcoming',
    open: 'Open',
    applied: 'Applied',
    granted: 'Granted',
    rejected: 'Rejected',
    closed: 'Closed',
  },
};
