/**
 * Team templates and A/B experiments in the `templates` collection, everything reached by `_id`:
 * - one document per template, `_id` = template_id, holding the current version and the earlier
 *   ones (`history`), so a retired or edited template stays readable for old audits;
 * - one `@catalog` document: the active team templates' industry tags and the experiments by
 *   industry. Generation reads only this and the chosen template, both by `_id` (no scan on
 *   FerretDB v1); listing every template (GET /templates) reads the small collection whole.
 */
import type { Experiment, ExperimentRequest, Template, TemplateStrategy } from '@personalizer/shared';
import type { Collection } from 'mongodb';
import { newTemplateId } from '../ids.ts';
import type { Candidate, ExperimentArms } from '../templates/pick.ts';
import type { Database } from './database.ts';

interface VersionDoc extends TemplateStrategy {
  version: number;
  updated_at: Date;
}

interface TemplateDoc extends VersionDoc {
  _id: string;
  status: 'active' | 'retired';
  created_by: string;
  /** Earlier versions, oldest first. */
  history: VersionDoc[];
}

interface ExperimentDoc extends ExperimentArms {
  updated_at: Date;
}

interface CatalogDoc {
  _id: typeof CATALOG;
  templates?: Record<string, { industries: string[] }>;
  experiments?: Record<string, ExperimentDoc>;
}

const CATALOG = '@catalog';

/** What a request's template choice reads: active team templates and experiments by industry. */
export interface Catalog {
  candidates: Candidate[];
  experiments: Map<string, ExperimentArms>;
}

export type TemplateEdit =
  | { ok: true; template: Template }
  | { ok: false; reason: 'NOT_FOUND' | 'RETIRED' | 'CONFLICT' };

const strategyOf = (doc: VersionDoc): TemplateStrategy => ({
  name: doc.name,
  industries: doc.industries,
  angle: doc.angle,
  structure: doc.structure,
  instructions: doc.instructions,
});

function toTemplate(doc: TemplateDoc, version?: VersionDoc): Template {
  const at = version ?? doc;
  return {
    template_id: doc._id,
    ...strategyOf(at),
    version: at.version,
    status: doc.status,
    builtin: false,
    updated_at: at.updated_at.toISOString(),
  };
}

export class TemplateStore {
  readonly #db: Database;
  readonly #templates: Collection<TemplateDoc>;
  readonly #catalog: Collection<CatalogDoc>;

  constructor(db: Database) {
    this.#db = db;
    this.#templates = db.collection('templates');
    this.#catalog = db.collection('templates');
  }

  async catalog(): Promise<Catalog> {
    const doc = await this.#db.read(() => this.#catalog.findOne({ _id: CATALOG }));
    return {
      candidates: Object.entries(doc?.templates ?? {}).map(([template_id, t]) => ({ template_id, ...t })),
      experiments: new Map(Object.entries(doc?.experiments ?? {})),
    };
  }

  /** The template at its current version, or at `version` when given. */
  async get(template_id: string, version?: number): Promise<Template | null> {
    const doc = await this.#db.read(() => this.#templates.findOne({ _id: template_id }));
    if (!doc) return null;
    if (version === undefined || version === doc.version) return toTemplate(doc);
    const old = doc.history.find((v) => v.version === version);
    return old ? toTemplate(doc, old) : null;
  }

  /** Every team template at its current version, oldest first (a small collection, read whole). */
  async list(): Promise<Template[]> {
    const docs = await this.#db.read(() => this.#templates.find({ _id: { $ne: CATALOG } }).toArray());
    return docs.sort((a, b) => a._id.localeCompare(b._id)).map((d) => toTemplate(d));
  }

  async create(strategy: TemplateStrategy, created_by: string, now: Date): Promise<Template> {
    const doc: TemplateDoc = {
      _id: newTemplateId(now.getTime()),
      ...strategy,
      version: 1,
      status: 'active',
      created_by,
      updated_at: now,
      history: [],
    };
    await this.#db.write(() => this.#templates.insertOne(doc));
    await this.#list(doc._id, strategy.industries);
    return toTemplate(doc);
  }

  /** A new version of an active template; CONFLICT when another edit got there first. */
  async update(template_id: string, strategy: TemplateStrategy, now: Date): Promise<TemplateEdit> {
    const doc = await this.#db.read(() => this.#templates.findOne({ _id: template_id }));
    if (!doc) return { ok: false, reason: 'NOT_FOUND' };
    if (doc.status === 'retired') return { ok: false, reason: 'RETIRED' };
    const previous: VersionDoc = { ...strategyOf(doc), version: doc.version, updated_at: doc.updated_at };
    const next = { ...strategy, version: doc.version + 1, updated_at: now };
    // The version in the filter makes concurrent edits fail instead of overwriting each other
    // (a scan of this small collection on FerretDB; admins only).
    const { matchedCount } = await this.#db.write(() =>
      this.#templates.updateOne(
        { _id: template_id, version: doc.version },
        { $set: next, $push: { history: previous } },
      ),
    );
    if (matchedCount === 0) return { ok: false, reason: 'CONFLICT' };
    await this.#list(template_id, strategy.industries);
    return { ok: true, template: toTemplate({ ...doc, ...next, history: [...doc.history, previous] }) };
  }

  /** Retires a template: no longer picked or nameable, still readable at every version. */
  async retire(template_id: string): Promise<Template | null> {
    const doc = await this.#db.write(() =>
      this.#templates.findOneAndUpdate(
        { _id: template_id },
        { $set: { status: 'retired' } },
        { returnDocument: 'after' },
      ),
    );
    if (!doc) return null;
    await this.#db.write(() =>
      this.#catalog.updateOne({ _id: CATALOG }, { $unset: { [`templates.${template_id}`]: '' } }, { upsert: true }),
    );
    return toTemplate(doc);
  }

  async experiments(): Promise<Experiment[]> {
    const doc = await this.#db.read(() => this.#catalog.findOne({ _id: CATALOG }));
    return Object.entries(doc?.experiments ?? {}).map(([industry, e]) => ({
      industry,
      template_a: e.template_a,
      template_b: e.template_b,
      ratio_a: e.ratio_a,
      updated_at: e.updated_at.toISOString(),
    }));
  }

  /** Sets (or replaces) the experiment of an industry tag (lower case). */
  async setExperiment(industry: string, arms: ExperimentRequest, now: Date): Promise<Experiment> {
    const doc: ExperimentDoc = { ...arms, updated_at: now };
    await this.#db.write(() =>
      this.#catalog.updateOne({ _id: CATALOG }, { $set: { [`experiments.${industry}`]: doc } }, { upsert: true }),
    );
    return { industry, ...arms, updated_at: now.toISOString() };
  }

  async removeExperiment(industry: string): Promise<boolean> {
    const before = (await this.experiments()).some((e) => e.industry === industry);
    await this.#db.write(() =>
      this.#catalog.updateOne({ _id: CATALOG }, { $unset: { [`experiments.${industry}`]: '' } }, { upsert: true }),
    );
    return before;
  }

  /** Lists an active template in the catalog under its current tags. */
  async #list(template_id: string, industries: string[]) {
    await this.#db.write(() =>
      this.#catalog.updateOne(
        { _id: CATALOG },
        { $set: { [`templates.${template_id}`]: { industries } } },
        { upsert: true },
      ),
    );
  }
}
