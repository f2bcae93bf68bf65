import { typicalStages } from '../factories/service-paths';
import type { StageKind } from '../schema/values';

export interface DemoPath {
  segment: string;
  name: string;
  description: string;
  stages: { name: string; kind: StageKind }[];
  /** The share of the segment's clients on this path, where the segment has several. */
  share: number;
}

const step = (name: string) => ({ name, kind: 'step' as const });
const outcome = (name: string) => ({ name, kind: 'outcome' as const });
const exit = { name: 'Keskeyttänyt', kind: 'exit' as const };

/** One or two service paths per demo segment, in the order their stages are walked. */
export const demoPaths: DemoPath[] = [
  {
    segment: 'Maahanmuuttajataustaiset',
    name: 'Osaamisen tunnistamisesta avoimeen AMK:hon',
    description:
      'SIMHE-tyyppinen ohjaus: aiemman tutkinnon ja osaamisen tunnistaminen, kielitaidon ' +
      'arviointi ja polku avoimen AMK:n opintoihin.',
    stages: [
      step('Ensikontakti'),
      step('Osaamisen tunnistaminen'),
      step('Kielitaidon arviointi'),
      step('Ohjaus'),
      step('Hakenut'),
      step('Opiskelee'),
      outcome('Valmistunut tai työllistynyt'),
      exit,
    ],
    share: 1,
  },
  {
    segment: 'Työttömät ja lomautetut',
    name: 'Maksuttomat avoimen AMK:n opinnot',
    description:
      'Maksuttomat avoimen AMK:n opinnot työttömille ja lomautetuille, yhteistyössä TE-palveluiden kanssa.',
    stages: typicalStages,
    share: 1,
  },
  {
    segment: 'Alanvaihtajat',
    name: 'Uudelle alalle työn ohessa',
    description:
      'Ilta-, verkko- ja monimuoto-opinnot uudelle alalle, aiempi osaaminen hyväksiluettuna.',
    stages: [
      step('Ensikontakti'),
      step('Tarvekartoitus'),
      step('Hyväksiluvun selvitys'),
      step('Ohjaus'),
      step('Hakenut'),
      step('Opiskelee'),
      outcome('Uudella alalla'),
      exit,
    ],
    share: 0.65,
  },
  {
    segment: 'Alanvaihtajat',
    name: 'Erikoistumiskoulutuksen polku',
    description: 'Korkeakoulututkinnon suorittaneille: erikoistumiskoulutus uuteen tehtävään.',
    stages: [
      step('Ensikontakti'),
      step('Ohjaus'),
      step('Hakenut'),
      step('Valittu'),
      step('Opiskelee'),
      outcome('Valmistunut'),
      exit,
    ],
    share: 0.35,
  },
  {
    segment: 'Työnantajat',
    name: 'Osaamistarpeesta koulutukseen',
    description:
      'Työnantajan henkilöstön täydennyskoulutus: osaamistarpeen kartoituksesta koulutukseen.',
    stages: [
      step('Osaamistarpeen kartoitus'),
      step('Koulutussuunnitelma'),
      step('Ilmoittautunut'),
      step('Opiskelee'),
      outcome('Osaaminen päivitetty'),
      exit,
    ],
    share: 1,
  },
];
