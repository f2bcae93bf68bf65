import type { Messages } from './en';

export const offeringMapFi: Messages['offeringMap'] = {
  title: 'Tarjonta ja rahoitus',
  notices: {
    offeringLinked: 'Koulutus liitetty asiakasryhmään.',
    offeringUnlinked: 'Koulutus poistettu asiakasryhmästä.',
    fundingCallLinked: 'Hankehaku liitetty asiakasryhmään.',
    fundingCallUnlinked: 'Hankehaku poistettu asiakasryhmästä.',
  },
  offeringKinds: {
    open_uas: 'Avoin AMK',
    specialisation: 'Erikoistumiskoulutus',
    continuing_education: 'Täydennyskoulutus',
    project_course: 'Hankkeen koulutus',
  },
  priorities: {
    high: 'Korkea',
    medium: 'Keskitaso',
    low: 'Matala',
  },
  fundingCallStatuses: {
    upcoming: 'Tulossa',
    open: 'Auki',
    applied: 'Haettu',
    granted: 'Myönnetty',
    rejected: 'Hylätty',
    closed: 'Päättynyt',
  },
};
