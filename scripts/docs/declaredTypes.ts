/**
 * Readable API pages for the types the library derives from its zod schemas.
 *
 * An input type is written `DeepReadonly<z.input<typeof XSchema>>`, an
 * output type `z.output<typeof XSchema>`: the schema is the one source of
 * truth. Left alone, typedoc shows such an alias as that expression, with no
 * fields; and since TypeScript forgets the alias's name once it resolves it,
 * a function taking a `SeriesInput` shows the whole expanded object in its
 * signature instead of a link.
 *
 * Two converter hooks, each using one of typedoc's own conversions:
 * - a type alias declared as `DeepReadonly<...>`, `z.input<...>`,
 *   `z.output<...>` or `z.infer<...>` gets typedoc's `@useDeclaredType`
 *   modifier, so it is documented as the type it resolves to: its fields,
 *   each with the doc comment written on the schema's shape;
 *   (the shape's values, which typedoc would show as defaults, are left out);
 * - a parameter or return type written as a named type is converted from
 *   the type as written (a link to the alias's page), not as resolved.
 */
import type * as TS from 'typescript';
import type { TypeDoc } from './typedoc.js';

/** The written types that make an alias documented as its declared type. */
const DERIVED = /^(?:DeepReadonly|z\.(?:input|output|infer))$/;

/** Registers the hooks on `app`'s converter (call before `app.convert()`). */
export function useDeclaredTypes(td: typeof TypeDoc, app: TypeDoc.Application): void {
  const ts = td.TypeScript;
  const { Converter, ReflectionKind } = td;
  const derived = new Set<TypeDoc.DeclarationReflection>();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
    if (declaration === undefined || !ts.isTypeReferenceNode(declaration.type) || !DERIVED.test(declaration.type.typeName.getText())) return;
    reflection.comment ??= new td.Comment();
    reflection.comment.modifierTags.add('@useDeclaredType');
    derived.add(reflection);
  });

  // The fields of a derived type are the schema's shape, whose values (`LocalDateSchema`,
  // `z.optional(...)`) typedoc would show as each field's default: they are not defaults.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    const clear = (reflection: TypeDoc.DeclarationReflection): void => {
      delete reflection.defaultValue;
      for (const child of reflection.children ?? []) {
        clear(child);
        child.type?.visit(td.makeRecursiveVisitor({ reflection: (t) => clear(t.declaration) }));
      }
    };
    for (const reflection of derived) clear(reflection);
    derived.clear();
  });

  /**
   * The type to convert instead of the resolved one: a named type as written
   * (`SeriesInput`, `readonly Session[]`, `fc.Arbitrary<SeriesInput>`, a
   * union of such), with
   * a `DeepReadonly<...>` around it left out (a caller may pass either);
   * undefined for a type written out in place, which stays as converted.
   */
  const written = (node: TS.TypeNode | undefined): TS.TypeNode | undefined => {
    if (node === undefined) return undefined;
    if (ts.isTypeReferenceNode(node)) {
      const inner = node.typeArguments?.[0];
      return node.typeName.getText() === 'DeepReadonly' && inner !== undefined ? written(inner) : node;
    }
    if (ts.isArrayTypeNode(node)) return written(node.elementType) === undefined ? undefined : node;
    // A union of named types (`SeriesInput | CompiledSeries`): each a link.
    if (ts.isUnionTypeNode(node)) return node.types.every((member) => written(member) !== undefined) ? node : undefined;
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return written(node.type) === undefined ? undefined : node;
    return undefined;
  };

  /** Removes the reflections an expanded type made (they would be left as orphans). */
  const dropExpansions = (project: TypeDoc.ProjectReflection, type: TypeDoc.SomeType): void => {
    type.visit(td.makeRecursiveVisitor({ reflection: (t) => project.removeReflection(t.declaration) }));
  };

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || ts.isJSDocSignature(declaration)) return;
    const inSignature = context.withScope(signature);
    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = written(declaration.parameters[i]?.type);
      if (node === undefined || parameter.type === undefined) continue;
      dropExpansions(context.project, parameter.type);
      parameter.type = context.converter.convertType(inSignature.withScope(parameter), node);
    }
    const returns = written(declaration.type);
    if (returns !== undefined && signature.type !== undefined) {
      dropExpansions(context.project, signature.type);
      signature.type = context.converter.convertType(inSignature, returns);
    }
  });
}
