import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import {
  AwsConsoleResource,
  awsConsoleUrl,
} from '@privatelink-portal/plugin-privatelink-common';

/** One of a resource's pages in the AWS console, opened beside the portal. */
export const AwsConsoleLink = ({
  href,
  children,
}: {
  href: string;
  children: string;
}) => (
  <Link href={href} target="_blank" rel="noopener noreferrer">
    {children}
  </Link>
);

/**
 * Links to resources' pages in the AWS console of their region and partition, and the account
 * they are in (the console opens the account the user is signed in to).
 */
export const AwsConsoleLinks = ({
  accountId,
  region,
  resources,
  extra = [],
}: {
  accountId: string;
  region: string;
  resources: Array<AwsConsoleResource & { label?: string }>;
  extra?: Array<{ href: string; label: string }>;
}) => (
  <Typography variant="body2" component="span" data-testid="aws-console-links">
    {[
      ...resources.map(r => ({
        href: awsConsoleUrl(region, r),
        label: r.label ?? r.id,
      })),
      ...extra,
    ].map((link, i) => (
      <span key={link.href}>
        {i > 0 ? ' · ' : ''}
        <AwsConsoleLink href={link.href}>{link.label}</AwsConsoleLink>
      </span>
    ))}
    <Typography variant="caption" display="block" color="textSecondary">
      In account {accountId}, {region}: sign in to it to open them.
    </Typography>
  </Typography>
);
