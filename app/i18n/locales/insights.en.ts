/** Strings of a segment's insight log (customer understanding). */
export const insightsEn = {
  title: 'Insights',
  notices: {
    added: 'Insight added.',
    statusChanged: 'Insight status changed.',
  },
  statuses: {
    assumption: 'Assumption',
    validated: 'Validated',
    refuted: 'Refuted',
  },
};
