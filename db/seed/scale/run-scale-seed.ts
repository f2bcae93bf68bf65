import { isProductionDeployment } from '../../../app/config/runtime-env';
import { databaseConfigFromEnv } from '../../database';
import { ScaleSeedRefusal, seedScale } from './seed-scale';
import { isScaleName, scales } from './scale-sizes';

/** `npm run db:seed -- --scale large [--reset]`; returns the exit code. */
export async function runScaleSeed(scale: string, options: { reset: boolean }): Promise<number> {
  if (!isScaleName(scale)) {
    console.error(`Unknown scale "${scale}": use --scale large (or --scale small to try it out).`);
    return 2;
  }
  if (isProductionDeployment()) {
    console.error('The scale seed makes made-up clients and bench accounts; never in production.');
    return 1;
  }
  const config = databaseConfigFromEnv();
  if (config.driver !== 'postgres') {
    console.error(
      'The scale seed needs a PostgreSQL server: set DATABASE_URL=postgres://user:password@host:5432/db. ' +
        'It does not fill the embedded PGlite database, which is meant for a laptop demo.',
    );
    return 1;
  }
  try {
    await seedScale({
      url: config.url,
      sizes: scales[scale],
      reset: options.reset,
      log: console.info,
    });
    return 0;
  } catch (error) {
    if (!(error instanceof ScaleSeedRefusal)) throw error;
    console.error(error.message);
    return 1;
  }
}
