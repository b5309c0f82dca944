import { CreateGeography1763700001000 } from './1763700001000-create-geography';

/** The masters schema, oldest first. */
export const mastersMigrations = [CreateGeography1763700001000];
