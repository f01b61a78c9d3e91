import { Entity, RELATION_DEPENDENCY_OF } from '@backstage/catalog-model';
import { RelatedEntitiesCard } from '@backstage/plugin-catalog';
import { EntityTable } from '@backstage/plugin-catalog-react';

/** The resources (VPC endpoints) that depend on this one (an endpoint service). */
export const EntityDependencyOfResourcesCard = () => (
  <RelatedEntitiesCard
    variant="gridItem"
    title="Endpoints that connect to this service"
    entityKind="Resource"
    relationType={RELATION_DEPENDENCY_OF}
    columns={[
      EntityTable.columns.createEntityRefColumn({ defaultKind: 'resource' }),
      EntityTable.columns.createOwnerColumn(),
      EntityTable.columns.createSpecTypeColumn(),
      EntityTable.columns.createMetadataDescriptionColumn(),
    ]}
    emptyMessage="No endpoint in the inventory connects to this service"
    emptyHelpLink="https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html"
    asRenderableEntities={(entities: Entity[]) => entities}
  />
);
