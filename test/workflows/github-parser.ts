// GitHub's own workflow and action.yml parser (@actions/workflow-parser), loaded so that Node accepts it.
//
// The package imports its JSON schemas without `with { type: 'json' }`, which Node 22+ rejects
// (actions/languageservices#387). A resolve hook adds the attribute for those two files only, before
// the package is first imported; vitest leaves node_modules to Node's own loader, so the hook applies.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (resolved.url.includes('/@actions/workflow-parser/dist/') && resolved.url.endsWith('.json')) {
      return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
    }
    return resolved;
  },
});

const workflows = await import('@actions/workflow-parser');
const actions = await import('@actions/workflow-parser/actions/index');

export interface ParserProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

type ParseResult = ReturnType<typeof workflows.parseWorkflow>;

function problems(file: string, result: ParseResult): ParserProblem[] {
  return result.context.errors.getErrors().map((error) => ({
    file,
    line: error.range?.start.line ?? 1,
    column: error.range?.start.column ?? 1,
    // The parser prefixes "<file> (Line: n, Col: m): "; the fields carry that already.
    message: error.rawMessage,
  }));
}

/** Parses and validates a workflow file against GitHub's workflow schema (syntax, keys, expressions). */
export async function parseWorkflowProblems(file: string, content: string): Promise<ParserProblem[]> {
  const result = workflows.parseWorkflow({ name: file, content }, new workflows.NoOperationTraceWriter());
  const found = problems(file, result);
  if (found.length > 0 || result.value === undefined) return found;
  // Conversion adds the semantic checks (job graph, needs, workflow_call inputs, matrix, ...).
  const template = await workflows.convertWorkflowTemplate(result.context, result.value);
  return [
    ...found,
    ...(template.errors ?? []).map((e) => {
      const at = /\(Line: (\d+), Col: (\d+)\): (.*)$/s.exec(e.Message);
      return {
        file,
        line: Number(at?.[1] ?? 1),
        column: Number(at?.[2] ?? 1),
        message: at?.[3] ?? e.Message,
      };
    }),
  ];
}

/** Parses and validates an action.yml against GitHub's action metadata schema. */
export function parseActionProblems(file: string, content: string): ParserProblem[] {
  const result = actions.parseAction({ name: file, content }, new workflows.NoOperationTraceWriter());
  return problems(file, result);
}
