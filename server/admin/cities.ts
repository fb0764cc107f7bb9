/** The city a write names, or a 404 saying where the ids are. */
import type { Db } from '../db/connection.ts';
import { HttpProblem } from '../http/problem.ts';

export interface City {
  id: string;
  name: string;
}

/** `parameter` is the request's name for the id (`id` in a path, `cityId` in a body). */
export function cityOf(db: Db, cityId: string, parameter: string): City {
  const city = db.prepare<[string], City>('SELECT id, name FROM cities WHERE id = ?').get(cityId);
  if (!city)
    throw new HttpProblem(404, `No city with id '${cityId.slice(0, 80)}'. GET /api/v1/cities lists the ids.`, {
      type: '/api/v1/problems/unknown-city',
      title: 'Unknown city',
      parameter,
    });
  return city;
}
