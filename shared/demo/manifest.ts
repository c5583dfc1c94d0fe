import { z } from 'zod';

/**
 * sample-data/demo-project.json: which sample files make up the demo project, with their case
 * attributes. The app (renderer) and the CLI both build the demo project from it.
 */
const localised = z.object({ nb: z.string(), en: z.string() });

export const demoManifestSchema = z.object({
  name: localised,
  description: localised,
  codingKey: z.string().optional(),
  participantAttributes: z.string().optional(),
  attributes: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  files: z.array(
    z.object({
      path: z.string(),
      attributes: z.record(z.string(), z.string()).default({}),
      columns: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

export type DemoManifest = z.infer<typeof demoManifestSchema>;
export type DemoFile = DemoManifest['files'][number];

export function parseDemoManifest(json: unknown): DemoManifest {
  return demoManifestSchema.parse(json);
}

/** The file name a demo file is imported under (its path without folders). */
export function demoFileName(file: DemoFile): string {
  return file.path.split('/').pop() ?? file.path;
}
