import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReviewStepProps } from '@backstage/plugin-scaffolder-react';
import { ReviewState } from '@backstage/plugin-scaffolder-react/alpha';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { privatelinkApiRef, RequestEstimate } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import {
  estimateInputOf,
  estimateSentence,
  FormValues,
  reviewOptionsOf,
  RequestReviewOptions,
} from './RequestFields';

/** The pickers whose values (refs and ids) the review shows by the backend's titles. */
const TITLED: Record<string, keyof RequestEstimate['titles']> = {
  PrivateLinkOwnerPicker: 'owner',
  PrivateLinkVpcPicker: 'vpc',
  PrivateLinkServicePicker: 'service',
};

const REVIEW_FIELD = 'PrivateLinkRequestReview';

type Steps = ReviewStepProps['steps'];
type JsonObject = ReviewStepProps['formData'];
type JsonValue = JsonObject[string];

/** Each form key's `ui:field`, and the review field's options, from the template's steps. */
export function fieldsOf(steps: Steps): {
  fields: Record<string, string>;
  review?: RequestReviewOptions;
} {
  const fields: Record<string, string> = {};
  let review: RequestReviewOptions | undefined;
  for (const step of steps) {
    const uiSchema = (step.uiSchema ?? {}) as Record<
      string,
      { 'ui:field'?: string } | undefined
    >;
    for (const [key, ui] of Object.entries(uiSchema)) {
      const field = ui?.['ui:field'];
      if (!field) continue;
      fields[key] = field;
      if (field === REVIEW_FIELD) review = reviewOptionsOf(ui);
    }
  }
  return { fields, review };
}

/**
 * What the review table shows for each value: the team, network and service by their titles
 * (when the estimate has come), the review field's value as the cost it confirmed, and every
 * yes-or-no as a word. The scaffolder's table draws `false` as a red cross, which reads as a
 * failure before anything has failed.
 */
export function reviewedValues(
  formData: JsonObject,
  fields: Record<string, string>,
  words: { yes: string; no: string; anotherConfirmed: string },
  estimate?: { value: RequestEstimate; gateway: boolean },
): JsonObject {
  const shown = (key: string, value: JsonValue | undefined) => {
    const field = fields[key];
    if (estimate && TITLED[field]) return estimate.value.titles[TITLED[field]];
    if (field === REVIEW_FIELD && estimate) {
      const cost = estimateSentence(estimate.value, estimate.gateway);
      return value === true ? `${cost}; ${words.anotherConfirmed}` : cost;
    }
    if (typeof value === 'boolean') return value ? words.yes : words.no;
    return value;
  };
  return Object.fromEntries(
    Object.entries(formData).map(([key, value]) => [key, shown(key, value)]),
  ) as JsonObject;
}

/**
 * The scaffolder's last step for an app that hosts the PrivateLink templates: the scaffolder's
 * own review table, with the team, VPC and service by title and the estimate the requester saw,
 * and the Back and Create buttons. A template without the PrivateLink review field is shown as
 * the scaffolder shows it, except that yes-or-no answers are words.
 *
 * @public
 */
export const PrivateLinkReviewStep = (props: ReviewStepProps) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const [creating, setCreating] = useState(false);
  const { fields, review } = fieldsOf(props.steps);
  const input = review
    ? estimateInputOf(props.formData as FormValues, review)
    : undefined;
  const estimate = useAsync(
    async () => (input ? api.getRequestEstimate(input) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, JSON.stringify(input ?? null)],
  );
  const words = {
    yes: t('reviewStep.yes'),
    no: t('reviewStep.no'),
    anotherConfirmed: t('reviewStep.anotherConfirmed'),
  };
  const create = async () => {
    setCreating(true);
    try {
      await props.handleCreate();
    } finally {
      setCreating(false);
    }
  };
  if (estimate.loading) return <Progress />;
  const formState = reviewedValues(
    props.formData,
    fields,
    words,
    estimate.value
      ? {
          value: estimate.value,
          gateway: review?.endpointType === 'Gateway',
        }
      : undefined,
  );
  return (
    <>
      {estimate.error && (
        <Box mb={2}>
          <Alert severity="warning">
            {t('reviewStep.noTitles', { message: estimate.error.message })}
          </Alert>
        </Box>
      )}
      {/* The steps given to a review step are the parsed steps, titles and all; its type omits them. */}
      <ReviewState
        formState={formState}
        schemas={props.steps.map(step => ({ title: '', ...step }))}
      />
      <Box display="flex" justifyContent="flex-end" mt={2} gridGap={8}>
        <Button onClick={props.handleBack} disabled={props.disableButtons}>
          {t('reviewStep.back')}
        </Button>
        <Button
          variant="contained"
          color="primary"
          onClick={create}
          disabled={props.disableButtons || creating}
        >
          {t('reviewStep.create')}
        </Button>
      </Box>
    </>
  );
};
