import { lazy, Suspense } from 'react';
import Grid from '@material-ui/core/Grid';
import { Entity } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { filterPredicateToFilterFunction } from '@backstage/filter-predicates';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  PrivateLinkEntityCardPlacement,
  privatelinkEntityCardPlacements,
} from '../cards';

const placed = Object.entries(privatelinkEntityCardPlacements).map(
  ([name, card]: [string, PrivateLinkEntityCardPlacement]) => ({
    name,
    card,
    shows: filterPredicateToFilterFunction<Entity>(card.filter),
    Card: lazy(() =>
      card.loader().then(element => ({ default: () => element })),
    ),
  }),
);

function columnsFor(card: PrivateLinkEntityCardPlacement, entity: Entity) {
  if (typeof card.columns === 'number') return card.columns;
  return card.columns[String(entity.spec?.type ?? '')] ?? 12;
}

/**
 * The PrivateLink cards of the current entity's page, for the legacy frontend system: the grid
 * items of every card whose filter matches the entity, in the declared order and widths (the same
 * declaration the new system reads). Place it inside a page's `Grid container`. @public
 */
export const EntityPrivateLinkCards = () => {
  const { entity } = useEntity();
  return (
    <>
      {placed
        .filter(({ shows }) => shows(entity))
        .map(({ name, card, Card }) => (
          <Grid
            item
            xs={12}
            md={columnsFor(card, entity)}
            key={name}
            data-testid={`privatelink-card-${name}`}
          >
            <Suspense fallback={<Progress />}>
              <Card />
            </Suspense>
          </Grid>
        ))}
    </>
  );
};
