import type { Messages } from './en';

export const offeringMapFi: Messages['offeringMap'] = {
  intro:
    'Mitkä koulutukset palvelevat tätä asiakasryhmää, millä hankehauilla sen palveluja voisi rahoittaa ja miksi.',
  offerings: {
    title: 'Koulutukset',
    caption: 'Asiakasryhmään liitetyt koulutukset tärkeimmästä alkaen',
    emptyManager:
      'Asiakasryhmään ei ole vielä liitetty koulutuksia. Liitä koulutus alla olevalla lomakkeella.',
    emptyReader:
      'Asiakasryhmään ei ole vielä liitetty koulutuksia. Asiakasryhmän vastuuhenkilö liittää ne tänne.',
  },
  fundingCalls: {
    title: 'Hankehaut',
    caption: 'Asiakasryhmään liitetyt hankehaut tärkeimmästä alkaen',
    emptyManager:
      'Asiakasryhmään ei ole vielä liitetty hankehakuja. Liitä haku tai lisää uusi alla.',
    emptyReader:
      'Asiakasryhmään ei ole vielä liitetty hankehakuja. Asiakasryhmän vastuuhenkilö liittää ne tänne.',
  },
  columns: {
    offering: 'Koulutus',
    kind: 'Tyyppi',
    credits: 'Laajuus (op)',
    language: 'Kieli',
    rationale: 'Perustelu',
    priority: 'Tärkeys',
    call: 'Haku ja rahoittaja',
    statusAndDeadline: 'Tila ja määräaika',
    notes: 'Huomiot',
    actions: 'Toiminnot',
  },
  archivedOffering: 'ei enää tarjolla',
  noDeadline: 'Ei määräaikaa',
  remove: 'Poista',
  creditsValue: '{{credits}} op',
  fields: {
    offering: 'Koulutus',
    chooseOffering: 'Valitse koulutus',
    fundingCall: 'Hankehaku',
    chooseFundingCall: 'Valitse hankehaku',
    rationale: 'Miksi se palvelee asiakasryhmää',
    rationaleHint: 'Esimerkiksi mihin tarpeeseen se vastaa tai keitä se tavoittaa.',
    priority: 'Tärkeys',
    funder: 'Rahoittaja',
    funderHint: 'Esimerkiksi ESR, ELY-keskus, OKM tai Jotpa.',
    name: 'Haun nimi',
    deadline: 'Määräaika',
    deadlineHint: 'Jätä tyhjäksi, jos haun määräaikaa ei vielä ole.',
    status: 'Tila',
    notes: 'Huomiot',
  },
  linkOffering: {
    title: 'Liitä koulutus',
    submit: 'Liitä koulutus',
    noneLeft:
      'Kaikki tarjolla olevat koulutukset on jo liitetty tähän asiakasryhmään. Uudet koulutukset lisätään ensin koulutustarjontaan.',
  },
  linkFundingCall: {
    title: 'Liitä hankehaku',
    submit: 'Liitä hankehaku',
    noneLeft: 'Kaikki hankehaut on jo liitetty tähän asiakasryhmään. Lisää uusi haku.',
  },
  newFundingCall: {
    title: 'Lisää uusi hankehaku',
    intro: 'Haku tallennetaan ja liitetään tähän asiakasryhmään samalla kertaa.',
    submit: 'Lisää ja liitä',
  },
  errors: {
    rationaleRequired: 'Kirjoita, miksi tämä palvelee asiakasryhmää.',
    chooseOffering: 'Valitse koulutus.',
    unknownOffering: 'Tätä koulutusta ei ole koulutustarjonnassa. Valitse koulutus listasta.',
    alreadyLinked: 'Tämä koulutus on jo liitetty asiakasryhmään.',
    offeringNotLinked:
      'Tätä koulutusta ei ollut liitetty asiakasryhmään. Joku on ehkä jo poistanut sen.',
    chooseFundingCall: 'Valitse hankehaku.',
    unknownFundingCall: 'Tätä hankehakua ei ole. Valitse haku listasta.',
    fundingCallAlreadyLinked: 'Tämä hankehaku on jo liitetty asiakasryhmään.',
    fundingCallNotLinked:
      'Tätä hankehakua ei ollut liitetty asiakasryhmään. Joku on ehkä jo poistanut sen.',
    invalidDate: 'Anna päivämäärä, esimerkiksi 30.9.2026.',
  },
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
