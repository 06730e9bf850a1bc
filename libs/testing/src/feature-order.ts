import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/*
 * The one-way order of a service's feature folders (docs/architecture.md, "Inside a service"). A feature
 * may import only from features before it in its list; the folders in `belowAll` sit below every feature,
 * and everything else under src (database, seed and the wiring: app.module.ts, index.ts, main.ts,
 * migrate.ts) above them all. Imports leaving src (a spec's ../test helpers) are no feature's and are not
 * checked. Each service's feature-order.spec.ts states its list and calls these.
 */
export interface FeatureOrder {
  /** The service's src folder. */
  root: string;
  /** The feature folders, lowest first. */
  order: string[];
  /** Folders (or files, without .ts) below every feature. */
  belowAll: string[];
  /** Folders above every feature that are not features themselves (database, seed). */
  aboveAll: string[];
}

/** The top-level folder (or file, without .ts) of a path under root; null when the path is outside root. */
export function featureOf(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep)[0].replace(/\.ts$/, '');
}

/** Every relative import and re-export of every TypeScript file under root: [importing file, imported path]. */
export function relativeImports(root: string): [string, string][] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((f) => {
    const file = join(root, f);
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b(?:[^'";]*?\bfrom)?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
      (m) => [file, resolve(dirname(file), m[1])] as [string, string],
    );
  });
}

/** The imports between two given features (to show the reader finds some). */
export function importsBetween(root: string, from: string, to: string): [string, string][] {
  return relativeImports(root).filter(([a, b]) => featureOf(root, a) === from && featureOf(root, b) === to);
}

/** Folders under root placed nowhere in the order. */
export function unplacedFolders({ root, order, belowAll, aboveAll }: FeatureOrder): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((f) => !order.includes(f) && !belowAll.includes(f) && !aboveAll.includes(f));
}

/**
 * Every import running backwards ("file → imported path", relative to root). A spec may start from
 * the folders above every feature (database/, seed/: a fresh database and rows to start from).
 */
export function backwardImports({ root, order, belowAll, aboveAll }: FeatureOrder): string[] {
  const rank = (part: string): number => {
    if (belowAll.includes(part)) return -1;
    const i = order.indexOf(part);
    return i >= 0 ? i : Number.POSITIVE_INFINITY; // database, seed and the wiring: above every feature
  };
  return relativeImports(root)
    .filter(([from, to]) => {
      const [a, b] = [featureOf(root, from), featureOf(root, to)];
      if (a === null || b === null) return false;
      if (from.endsWith('.spec.ts') && aboveAll.includes(b)) return false;
      return a !== b && rank(b) > rank(a);
    })
    .map(([from, to]) => `${relative(root, from)} → ${relative(root, to)}`);
}

/**
 * What is wrong with the features' Nest modules (docs/architecture.md, "Inside a service"): a feature
 * with a controller or an injectable has its module, `<feature>/<feature>.module.ts`; a feature module
 * takes from other features only their modules (whose exports it then injects; providing another
 * feature's class again would make a second one), and only from features before it (as every file,
 * see backwardImports); and the wiring (app.module.ts) imports every feature module, since one it does not
 * reach serves no routes and says nothing.
 */
export function featureModuleProblems({ root, order }: FeatureOrder): string[] {
  const moduleFile = (feature: string) => join(root, feature, `${feature}.module.ts`);
  const hasModule = (feature: string) => readdirSync(join(root, feature)).includes(`${feature}.module.ts`);
  const needsModule = (feature: string) =>
    readdirSync(join(root, feature), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
      .some((f) => /@(Controller|Injectable)\(/.test(readFileSync(join(root, feature, f), 'utf8')));
  const imports = relativeImports(root);
  const wired = new Set(imports.filter(([from]) => from === join(root, 'app.module.ts')).map(([, to]) => `${to}.ts`));
  return order.flatMap((feature) => {
    if (!hasModule(feature)) return needsModule(feature) ? [`${feature}: no ${feature}/${feature}.module.ts`] : [];
    const file = moduleFile(feature);
    const foreign = imports
      .filter(([from, to]) => {
        const other = featureOf(root, to);
        return from === file && other !== feature && other !== null && order.includes(other) && `${to}.ts` !== moduleFile(other);
      })
      .map(([from, to]) => `${relative(root, from)} → ${relative(root, to)}`);
    const unwired = wired.has(file) ? [] : [`app.module.ts does not import ${relative(root, file)}`];
    return [...foreign, ...unwired];
  });
}
