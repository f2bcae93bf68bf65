import { parseWithZod } from '@conform-to/zod/v4';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { requireUserWith } from '~/auth/guards.server';
import { Notice, withNotice, type NoticeName } from '~/components/layout/notice';
import { OfferingMapSection } from '~/components/offering-map/offering-map-section';
import { FundingCallLinksTable } from '~/components/offering-map/funding-call-links-table';
import { OfferingLinksTable } from '~/components/offering-map/offering-links-table';
import {
  LinkFundingCallForm,
  LinkOfferingForm,
  NewFundingCallForm,
} from '~/components/offering-map/offering-map-forms';
import { requireRecordId } from '~/forms/params';
import { mayChangeSegment } from '~/modules/segments/writable-segment.server';
import { readFormData } from '~/forms/read-form.server';
import type { CommandResult } from '~/modules/command-result';
import {
  createFundingCallSchema,
  linkFundingCallSchema,
  linkOfferingSchema,
  unlinkFundingCallSchema,
  unlinkOfferingSchema,
} from '~/modules/offering-map/offering-map.schema';
import {
  createAndLinkFundingCall,
  getOfferingMap,
  linkFundingCall,
  linkOffering,
  listLinkableFundingCalls,
  listLinkableOfferings,
  unlinkFundingCall,
  unlinkOffering,
} from '~/modules/offering-map/offering-map.server';

const schemas = {
  'link-offering': linkOfferingSchema,
  'unlink-offering': unlinkOfferingSchema,
  'link-funding-call': linkFundingCallSchema,
  'create-funding-call': createFundingCallSchema,
  'unlink-funding-call': unlinkFundingCallSchema,
} as const;
type Intent = keyof typeof schemas;

const notices: Record<Intent, NoticeName> = {
  'link-offering': 'offeringLinked',
  'unlink-offering': 'offeringUnlinked',
  'link-funding-call': 'fundingCallLinked',
  'create-funding-call': 'fundingCallLinked',
  'unlink-funding-call': 'fundingCallUnlinked',
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWith(request, 'segments:read');
  const segmentId = requireRecordId(params.segmentId);
  const canManage = await mayChangeSegment(user, segmentId, 'segments:manage');
  const [map, offeringChoices, fundingCallChoices] = await Promise.all([
    getOfferingMap(user, segmentId),
    canManage ? listLinkableOfferings(user, segmentId) : [],
    canManage ? listLinkableFundingCalls(user, segmentId) : [],
  ]);
  return { map, canManage, offeringChoices, fundingCallChoices };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWith(request, 'segments:manage');
  const segmentId = requireRecordId(params.segmentId);
  const formData = await readFormData(request);
  const intent = String(formData.get('intent')) as Intent;
  if (!Object.hasOwn(schemas, intent)) throw new Response('Unknown action', { status: 400 });

  const submission = parseWithZod(formData, { schema: schemas[intent] as z.ZodType });
  const reply = (fieldErrors?: Record<string, string[]>) =>
    data({ intent, result: submission.reply({ fieldErrors }) }, { status: 400 });
  if (submission.status !== 'success') return reply();

  const value = submission.value as z.infer<(typeof schemas)[Intent]>;
  let result: CommandResult<unknown>;
  if (value.intent === 'link-offering') {
    result = await linkOffering(user, segmentId, value);
  } else if (value.intent === 'unlink-offering') {
    result = await unlinkOffering(user, segmentId, value.offeringId);
  } else if (value.intent === 'link-funding-call') {
    result = await linkFundingCall(user, segmentId, value);
  } else if (value.intent === 'create-funding-call') {
    result = await createAndLinkFundingCall(user, segmentId, value);
  } else {
    result = await unlinkFundingCall(user, segmentId, value.fundingCallId);
  }
  if (!result.ok) return reply(result.fieldErrors);
  return redirect(withNotice(`/segments/${segmentId}/offerings`, notices[intent]));
}

export default function SegmentOfferingMap() {
  const { t } = useTranslation();
  const { map, canManage, offeringChoices, fundingCallChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // A new page after each saved change gives the forms a fresh start, empty again.
  const { key } = useLocation();
  const resultFor = (intent: Intent) =>
    actionData?.intent === intent ? actionData.result : undefined;
  return (
    <>
      <Notice />
      <p className="muted">{t('offeringMap.intro')}</p>
      <OfferingMapSection
        id="offering-map-offerings"
        title={t('offeringMap.offerings.title')}
        removeResult={resultFor('unlink-offering')}
      >
        <OfferingLinksTable links={map.offerings} canManage={canManage} />
        {canManage ? (
          <LinkOfferingForm
            key={key}
            choices={offeringChoices}
            lastResult={resultFor('link-offering')}
          />
        ) : null}
      </OfferingMapSection>
      <OfferingMapSection
        id="offering-map-funding-calls"
        title={t('offeringMap.fundingCalls.title')}
        removeResult={resultFor('unlink-funding-call')}
      >
        <FundingCallLinksTable links={map.fundingCalls} canManage={canManage} />
        {canManage ? (
          <div className="grid-2">
            <LinkFundingCallForm
              key={`${key}-link`}
              choices={fundingCallChoices}
              lastResult={resultFor('link-funding-call')}
            />
            <NewFundingCallForm key={`${key}-new`} lastResult={resultFor('create-funding-call')} />
          </div>
        ) : null}
      </OfferingMapSection>
    </>
  );
}
