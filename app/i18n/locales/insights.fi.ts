import type { Messages } from './en';

export const insightsFi: Messages['insights'] = {
  title: 'Asiakasymmärrys',
  notices: {
    added: 'Havainto lisätty.',
    statusChanged: 'Havainnon tila muutettu.',
  },
  statuses: {
    assumption: 'Oletus',
    validated: 'Vahvistettu',
    refuted: 'Kumottu',
  },
};
