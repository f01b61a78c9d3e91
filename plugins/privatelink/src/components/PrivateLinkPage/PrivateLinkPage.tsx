import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { StatusCard } from '../PrivateLinkStatusCard/StatusCard';
import { AuditCampaigns } from './AuditCampaigns';
import { FleetOverview } from './FleetOverview';

/** The PrivateLink page: the whole fleet, every tenant's audit campaigns, and the operators' status. */
export const PrivateLinkPage = () => (
  <Page themeId="tool">
    <Header
      title="PrivateLink"
      subtitle="Every VPC endpoint and endpoint service, by tenant, vendor and account"
    />
    <Content>
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="Fleet">
          <FleetOverview />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/audits" title="Audits">
          <AuditCampaigns />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/operators" title="Operators">
          <StatusCard />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Content>
  </Page>
);
