// Build step: a module's top-level regular expressions are created on first use instead of when
// the module loads, in the bundled CLI.
//
// Why: V8 parses a regular expression's pattern when it creates the RegExp object, and a literal
// at a module's top level is created when the bundle loads, whether or not the run ever uses it.
// The bundle holds about 750 such expressions; a `pr2meta release.md` uses fewer than half of
// them, and parsing the rest was a large part of the bundle's load.
//
// The rewrite: `const NAME = /…/g;` (or `= new RegExp(…)`) at a module's top level, not exported,
// becomes
//   let NAME$lazy; const NAME$make = () => (NAME$lazy = /…/g);
// and every use of NAME in the module becomes `(NAME$lazy ?? NAME$make())`. The expression is
// created once, at its first use, and every use gets the same object, as before (so `lastIndex`
// is shared as it was). A declaration is left as it is when its name is exported, shadowed by
// another binding of the same name anywhere in the module, or used in a type; a `new RegExp` is
// deferred only when every name its arguments read is a top-level constant or an import, so that
// building it later gives the same pattern. The library API (dist/, from tsc) keeps the sources
// as written. test/lazy-regex.test.ts checks the rewrite.
import ts from 'typescript';
import { applyEdits } from './source-edits.mjs';

/** Syntax kinds whose `name` declares a binding in the module's scopes. */
const BINDING_DECLARATIONS = new Set([
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.Parameter,
  ts.SyntaxKind.BindingElement,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.ImportSpecifier,
  ts.SyntaxKind.ImportClause,
  ts.SyntaxKind.NamespaceImport,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.TypeParameter,
]);

/** Syntax kinds whose `name` is a member's name, not a binding or a use. */
const MEMBER_NAMES = new Set([
  ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.EnumMember,
  ts.SyntaxKind.LabeledStatement,
  ts.SyntaxKind.BreakStatement,
  ts.SyntaxKind.ContinueStatement,
]);

/** Whether `node` sits in a type (an annotation, an interface, `typeof X` in a type). */
function inType(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isTypeNode(p) || ts.isInterfaceDeclaration(p) || ts.isTypeAliasDeclaration(p)) return true;
    if (ts.isSourceFile(p) || ts.isStatement(p)) return false;
  }
  return false;
}

/** The names a module declares with `const` at its top level, and the names it imports. */
function stableNames(sf) {
  const names = new Set();
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const s of bindings.elements) names.add(s.name.text);
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Whether every name `expression` reads is one of `stable` (or a global the rewrite trusts). */
function readsOnly(expression, stable) {
  let ok = true;
  const visit = (node) => {
    if (!ok) return;
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const memberName = p && MEMBER_NAMES.has(p.kind) && p.name === node;
      if (!memberName && !stable.has(node.text) && !['RegExp', 'String', 'Array', 'Object', 'Math', 'undefined'].includes(node.text)) ok = false;
      return;
    }
    // A function in the arguments may read anything when it runs: leave such a pattern eager.
    if (ts.isFunctionLike(node)) {
      ok = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return ok;
}

/** The top-level `const NAME = <regex>` declarations that may be deferred, by name. */
function candidates(sf, stable) {
  const found = new Map();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    const list = statement.declarationList;
    if (!(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) continue;
    const [d] = list.declarations;
    if (!ts.isIdentifier(d.name) || !d.initializer) continue;
    const init = d.initializer;
    const literal = init.kind === ts.SyntaxKind.RegularExpressionLiteral;
    const constructed = ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'RegExp' && (init.arguments ?? []).every((a) => readsOnly(a, stable));
    if (literal || constructed) found.set(d.name.text, { statement, declaration: d, init });
  }
  return found;
}

/**
 * `text` (a TypeScript module) with its top-level, unexported regular-expression constants
 * created on first use; the text unchanged when there is none.
 * @param {string} text - The module's source.
 * @param {string} [fileName] - Its path, for the parser.
 * @returns {string}
 */
export function lazySource(text, fileName = 'source.ts') {
  if (!text.includes('/')) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = candidates(sf, stableNames(sf));
  if (found.size === 0) return text;
  // Every occurrence of each candidate's name: a use to rewrite, or a reason to leave it eager.
  const uses = new Map([...found.keys()].map((name) => [name, []]));
  const eager = new Set();
  const visit = (node) => {
    if (ts.isIdentifier(node) && uses.has(node.text)) {
      const name = node.text;
      const p = node.parent;
      if (p === found.get(name).declaration) {
        // the declaration itself
      } else if (MEMBER_NAMES.has(p.kind) && p.name === node) {
        // `x.NAME`, `{ NAME: … }`, a method or a label: not this binding
      } else if (BINDING_DECLARATIONS.has(p.kind) && p.name === node) {
        eager.add(name); // another binding of the same name: uses may mean either
      } else if (ts.isExportSpecifier(p) || ts.isExportAssignment(p) || inType(node)) {
        eager.add(name);
      } else {
        uses.get(name).push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const edits = [];
  for (const [name, { statement, init }] of found) {
    if (eager.has(name) || text.includes(`${name}$lazy`) || text.includes(`${name}$make`)) continue;
    // Around the initializer, which keeps its own edits (the uses of other constants it reads).
    edits.push([statement.getStart(sf), init.getStart(sf), `let ${name}$lazy; const ${name}$make = () => (${name}$lazy = `]);
    edits.push([init.end, statement.end, ');']);
    for (const use of uses.get(name)) {
      const read = `(${name}$lazy ?? ${name}$make())`;
      edits.push([use.getStart(sf), use.end, ts.isShorthandPropertyAssignment(use.parent) ? `${name}: ${read}` : read]);
    }
  }
  return applyEdits(text, edits);
}
