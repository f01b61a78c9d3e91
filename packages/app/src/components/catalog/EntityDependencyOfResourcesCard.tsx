import { Entity, RELATION_DEPENDENCY_OF } from '@backstage/catalog-model';
import { RelatedEntitiesCard } from '@backstage/plugin-catalog';
import { EntityTable } from '@backstage/plugin-catalog-react';

/** The resources (VPC endpoints) that depend on this one (an endpoint service, or a VPC). */
export const EntityDependencyOfResourcesCard = ({
  title = 'Endpoints that connect to this service',
  emptyMessage = 'No endpoint in the inventory connects to this service',
}: {
  title?: string;
  emptyMessage?: string;
}) => (
  <RelatedEntitiesCard
    variant="gridItem"
    title={title}
    entityKind="Resource"
    relationType={RELATION_DEPENDENCY_OF}
    columns={[
      EntityTable.columns.createEntityRefColumn({ defaultKind: 'resource' }),
      EntityTable.columns.createOwnerColumn(),
      EntityTable.columns.createSpecTypeColumn(),
      EntityTable.columns.createMetadataDescriptionColumn(),
    ]}
    emptyMessage={emptyMessage}
    emptyHelpLink="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html"
    asRenderableEntities={(entities: Entity[]) => entities}
  />
);
