import { useActionData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/**
 * Confirmations after a redirect travel in the URL (`?notice=saved`) rather
 * than in server memory, so any app instance can show them. Only these are shown.
 */
const notices = {
  created: 'staff.created',
  saved: 'staff.saved',
  disabled: 'staff.disabledNotice',
  enabled: 'staff.enabledNotice',
  passwordReset: 'staff.passwordReset',
  passwordChanged: 'account.passwordChanged',
  languageSaved: 'account.languageSaved',
  segmentCreated: 'segments.notices.created',
  segmentSaved: 'segments.notices.saved',
  segmentArchived: 'segments.notices.archived',
  segmentRestored: 'segments.notices.restored',
  insightAdded: 'insights.notices.added',
  insightStatusChanged: 'insights.notices.statusChanged',
  offeringLinked: 'offeringMap.notices.offeringLinked',
  offeringUnlinked: 'offeringMap.notices.offeringUnlinked',
  fundingCallLinked: 'offeringMap.notices.fundingCallLinked',
  fundingCallUnlinked: 'offeringMap.notices.fundingCallUnlinked',
  personCreated: 'people.notices.created',
  personSaved: 'people.notices.saved',
  noteAdded: 'people.notices.noteAdded',
  legalBasisAdded: 'people.notices.legalBasisAdded',
  legalBasisWithdrawn: 'people.notices.legalBasisWithdrawn',
  enrolled: 'people.notices.enrolled',
  moved: 'people.notices.moved',
  sessionLogged: 'sessions.notices.logged',
  sessionEdited: 'sessions.notices.edited',
  pathCreated: 'paths.notices.created',
  pathSaved: 'paths.notices.saved',
  pathArchived: 'paths.notices.archived',
  pathRestored: 'paths.notices.restored',
  stageAdded: 'paths.notices.stageAdded',
  stageSaved: 'paths.notices.stageSaved',
  stageMoved: 'paths.notices.stageMoved',
  stageRemoved: 'paths.notices.stageRemoved',
} as const;

export type NoticeName = keyof typeof notices;

export function withNotice(path: string, notice: NoticeName): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${notice}`;
}

/**
 * The confirmation the URL names. Render it in the route whose actions redirect here,
 * not in a parent layout: it reads that route's action reply to know of a refusal.
 */
export function Notice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // A form of this page has just been sent back with errors. The URL still names the
  // last saved change, and showing it beside the errors would read as if this one was saved.
  const refused = useActionData() !== undefined;
  const name = params.get('notice');
  if (refused || !name || !Object.hasOwn(notices, name)) return null;
  return (
    <p className="alert alert-success" role="status">
      {t(notices[name as NoticeName])}
    </p>
  );
}
