import { createTranslationRef } from '@backstage/core-plugin-api/alpha';

/**
 * The plugin's words: card titles, the frame's loading, error, empty and stale states, and each
 * card's fixed sentences. An app translates or rewords them with a translation resource for
 * `plugin.privatelink`. Figures (bytes, dollars, counts) are formatted by `components/format.ts`.
 * @alpha
 */
export const privatelinkTranslationRef = createTranslationRef({
  id: 'plugin.privatelink',
  messages: {
    frame: {
      loadFailed: 'Could not load {{what}}',
      noAnswer: 'The backend gave no answer',
      stale:
        'Account {{accountId}} has not refreshed since {{since}}: this may be out of date.',
      staleNoRecord:
        'Account {{accountId}} does not refresh: this may be out of date.',
    },
    usageCard: {
      title: 'Usage',
      what: 'usage',
      windowDays: '{{days}} days',
      noDays: 'No usage collected yet: {{note}}',
      noDaysNote: 'the collector has not stored any day of this window.',
    },
    costCard: {
      title: 'Cost',
      what: 'cost',
      perMonth: 'a month',
    },
    costHistoryCard: {
      title: 'PrivateLink cost by month',
      what: 'the cost history',
      noMonths:
        'No collected usage yet: the months appear once the collector has stored a day.',
    },
    healthCard: {
      title: 'Health',
      what: 'health',
    },
    postureCard: {
      title: 'Posture',
      what: 'posture findings',
      noFindings: 'No findings.',
      checksRan: 'Checks that ran: {{checks}}',
    },
    auditCard: {
      title: 'Audit',
      what: 'the audit',
      notInCampaign:
        'Not in an audit campaign yet: campaigns open on the first day of each quarter.',
    },
    auditCampaignCard: {
      title: 'Audit',
      what: 'the audit campaigns',
      noCampaign:
        'No audit campaign yet: campaigns open on the first day of each quarter.',
      noCampaignOthersOpen:
        "No audit campaign of this team yet. {{n}} of {{quarter}}'s campaigns are open for other teams: the PrivateLink page's Audits tab shows them all.",
    },
    audits: {
      title: 'Audit campaigns',
      what: 'the audit campaigns',
      none: 'No audit campaign yet: campaigns open on the first day of each quarter.',
      quarter: 'Quarter',
      summary:
        '{{campaigns}} campaigns: {{complete}} complete, {{overdue}} overdue, {{open}} open; {{decided}} of {{items}} items decided',
      exportQuarter: 'Export {{quarter}} as CSV',
      waiting: 'Waiting for a decision ({{n}})',
      decided: 'Decided ({{n}})',
      clean:
        '{{n}} of the items waiting have no drift and no open finding: they can be kept unchanged at once, with one comment.',
      keepComment: 'Why they stay as they are',
      keep: 'Keep {{n}} unchanged',
      noDecision: 'none yet',
    },
    vendorCard: {
      title: '{{vendor}} over PrivateLink',
      what: "the vendor's endpoints",
    },
    inventoryCard: {
      title: 'PrivateLink inventory',
      what: 'the endpoint inventory',
    },
    statusCard: {
      title: "PrivateLink operators' status",
      what: "the operators' status",
    },
    fleet: {
      title: 'PrivateLink fleet',
      what: 'the fleet',
      costHistory: 'Cost by month, the whole fleet',
      costHistoryOf: 'Cost by month, {{of}}',
      consolidation:
        'Consolidation: one endpoint in a hub VPC instead of one per VPC',
      consolidationWhat: 'the consolidation advice',
      consolidationAsOf: 'As of the posture evaluation at {{at}}',
      consolidationNone:
        'Consolidation: no service has interface endpoints in two or more VPCs of one network and region (the networks are privatelink.consolidation.networks in the backend config).',
    },
    reviewStep: {
      yes: 'Yes',
      no: 'No',
      anotherConfirmed: 'another endpoint to the same service, confirmed',
      noTitles:
        'The team, network and service are shown by their refs and ids: the titles could not be loaded ({{message}}).',
      back: 'Back',
      create: 'Create',
    },
  },
});
