/** Strings of a segment's insight log (customer understanding). */
export const insightsEn = {
  title: 'Insights',
  intro:
    'What we have learned about this group. Each insight starts as an assumption until evidence validates or refutes it.',
  notices: {
    added: 'Insight added.',
    statusChanged: 'Insight status changed.',
  },
  statuses: {
    assumption: 'Assumption',
    validated: 'Validated',
    refuted: 'Refuted',
  },
  filter: {
    label: 'Show insights by status',
    all: 'All',
    count: '{{label}} ({{count}})',
  },
  count_one: '{{count}} insight',
  count_other: '{{count}} insights',
  empty: 'No insights about this segment yet.',
  emptyFiltered: 'No insights with this status. Choose “All” to see every insight.',
  fields: {
    statement: 'Insight',
    statementHint: 'One statement about the group, e.g. “Many fear the mathematics in studies.”',
    source: 'Source',
    sourceHint: 'Where it came from, e.g. a visit to a reception centre, feedback, session notes.',
    observedOn: 'Date observed',
    status: 'Status',
    newStatus: 'New status',
    chooseStatus: 'Choose the new status',
    evidence: 'Evidence',
    evidenceHint:
      'Required for validated and refuted: what showed it, e.g. feedback from a course or a count of questions.',
    people: 'Linked people (optional)',
    peopleHintManager: 'People of this segment the insight is about or came from.',
    sessions: 'Sessions it came from',
    sessionsHint: 'The latest sessions with this segment’s people that you can see.',
    peopleHintCoach: 'Only people of this segment in your caseload are shown.',
  },
  sources: {
    receptionCentreVisit: 'Visit to a reception centre',
    feedback: 'Feedback',
    sessionNotes: 'Session notes',
    popUpEvent: 'Pop-up guidance event',
    serviceDesk: 'Service desk inquiries',
    survey: 'Survey',
  },
  add: {
    title: 'Add an insight',
    submit: 'Add insight',
  },
  people: {
    none: 'There are no people of this segment you could link.',
    showing: 'Showing {{shown}} of {{total}} people. Search by name to find others.',
    search: 'Find people by name',
    searchSubmit: 'Find',
    clearSearch: 'Show all',
    noMatch: 'No people match “{{q}}”.',
  },
  card: {
    source: 'Source',
    observedOn: 'Observed',
    author: 'Added by',
    statusSince: 'Status since',
    evidence: 'Evidence',
    noEvidence: 'No evidence recorded yet.',
    people: 'Linked people',
    otherPeople_one: '{{count}} person you cannot see',
    otherPeople_other: '{{count}} people you cannot see',
    sessions: 'Sessions',
    otherSessions_one: '{{count}} session you cannot see',
    otherSessions_other: '{{count}} sessions you cannot see',
    unknownAuthor: 'Unknown',
  },
  changes: {
    title: 'Status changes ({{n}})',
    added: '{{who}} added it as “{{to}}”',
    changed: '{{who}} changed “{{from}}” to “{{to}}”',
    evidence: 'Evidence: {{evidence}}',
  },
  changeStatus: {
    title: 'Change status',
    submit: 'Change status',
    current: 'Now: {{status}}',
  },
  errors: {
    evidenceRequired:
      'Write the evidence: what showed that the insight holds or does not hold. It is required for validated and refuted insights.',
    sameStatus: 'The insight already has this status. Choose another status.',
    stale:
      'Someone changed this insight while you had the page open. Nothing was saved. Its current status and changes are shown on the card; check them and try again.',
    unknownPerson:
      'Choose people from the list. You can link only people of this segment you may see.',
    tooManyPeople: 'Link at most 50 people to one insight.',
    unknownSession:
      'Choose sessions from the list: they must be with this segment’s people that you can see.',
    tooManySessions: 'Link at most 50 sessions to one insight.',
    invalidDate: 'Enter a valid date.',
    futureDate: 'The date cannot be in the future.',
    chooseStatus: 'Choose a status.',
  },
};
