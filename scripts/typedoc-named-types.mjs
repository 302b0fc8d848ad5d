// @ts-check
/**
 * A TypeDoc plugin that keeps named types named in the API reference.
 *
 * TypeDoc converts a parameter's or a property's type from the type checker's answer, and the
 * checker forgets the alias of a type built by zod (`type TaskInput = z.input<typeof Task>`
 * is an anonymous object type to it). So `getDeadlineStatus(task: TaskInput, …)` rendered the
 * whole task object inline (30 lines) instead of `TaskInput` with a link. Where such an
 * expansion happened, this plugin converts the type again from what the source wrote (the
 * type node), which names `TaskInput`, `readonly Agency[]`, `Directive | DirectiveInput`.
 * Types that the checker converted without an inline object are left as they were.
 */
import {
  Converter,
  DeclarationReflection,
  makeRecursiveVisitor,
  ReflectionKind,
  TypeScript as ts,
} from "typedoc";

/** @param {import("typedoc").SomeType | undefined} type */
function hasInlineObject(type) {
  let found = false;
  type?.visit(
    makeRecursiveVisitor({
      reflection: () => {
        found = true;
      },
    }),
  );
  return found;
}

/**
 * @param {import("typedoc").Context} context the context scoped to `refl`
 * @param {import("typedoc").Reflection & { type?: import("typedoc").SomeType }} refl
 * @param {ts.TypeNode | undefined} node
 */
function renameFromNode(context, refl, node) {
  if (!node || !hasInlineObject(refl.type)) return;
  const old = refl.type;
  const named = context.converter.convertType(context, node);
  old?.visit(
    makeRecursiveVisitor({
      reflection: (inline) => context.project.removeReflection(inline.declaration),
    }),
  );
  refl.type = named;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !("parameters" in declaration)) return;
    const sigContext = context.withScope(signature);
    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = declaration.parameters[i];
      if (!node || !ts.isParameter(node)) continue;
      renameFromNode(sigContext.withScope(parameter), parameter, node.type);
    }
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, refl) => {
    if (!refl.kindOf(ReflectionKind.Property) || !(refl instanceof DeclarationReflection)) return;
    context.converter.deferConversion(() => {
      const node = context
        .getSymbolFromReflection(refl)
        ?.getDeclarations()
        ?.find((d) => ts.isPropertySignature(d) || ts.isPropertyDeclaration(d));
      if (!node || !("type" in node)) return;
      renameFromNode(context.withScope(refl), refl, /** @type {ts.TypeNode} */ (node.type));
    });
  });
}
