/**
 * The layers of docs/architecture.md, kept by a test: no import from lib/ into app/, no circle
 * between the folders of lib/ (a folder that imports another is never imported by it, directly
 * or through others), and client components import no server-only module (server actions,
 * modules starting with "use server", are meant to be imported by them: the client gets references).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Imports of a file, resolved to paths relative to the project ("lib/query/run"); `import type` only when asked. */
function importsOf(file: string, types = true): string[] {
  const source = readFileSync(file, "utf8");
  // Type imports are erased: they put no code of the module into the importing bundle.
  const text = types ? source : source.replace(/^import type [^;]*;$/gms, "");
  return [...text.matchAll(/(?:from |import |import\()"([^"]+)"/g)].flatMap(([, spec]) => {
    if (spec.startsWith("@/")) return [spec.slice(2)];
    if (spec.startsWith(".")) return [path.relative(ROOT, path.resolve(path.dirname(file), spec))];
    return [];
  });
}

/** lib/<folder> for files in a folder of lib/, the file itself for files directly in lib/. */
function room(rel: string): string {
  const parts = rel.split(path.sep);
  return parts.length > 2 ? parts.slice(0, 2).join("/") : rel.replace(/\.tsx?$/, "");
}

const libFiles = sourceFiles(path.join(ROOT, "lib"));

describe("architecture", () => {
  it("lib/ never imports from app/", () => {
    const upward = libFiles.flatMap((f) => importsOf(f).filter((i) => i.startsWith("app")).map((i) => `${path.relative(ROOT, f)} → ${i}`));
    expect(upward).toEqual([]);
  });

  it("the folders of lib/ form no circle", () => {
    const edges = new Map<string, Set<string>>();
    for (const file of libFiles) {
      const from = room(path.relative(ROOT, file));
      for (const target of importsOf(file)) {
        const to = room(target);
        if (to !== from && to.startsWith("lib")) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
      }
    }
    const circles: string[] = [];
    const reaches = (from: string, goal: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some((next) => next === goal || (!seen.has(next) && (seen.add(next), reaches(next, goal, seen))));
    for (const [from, tos] of edges) for (const to of tos) if (reaches(to, from)) circles.push(`${from} ⇄ ${to}`);
    expect(circles).toEqual([]);
  });

  it("client components import no module marked server-only", () => {
    const serverOnly = new Set(
      [...libFiles, ...sourceFiles(path.join(ROOT, "app"))]
        .filter((f) => /^import "server-only";$/m.test(readFileSync(f, "utf8")) && !/^"use server";/m.test(readFileSync(f, "utf8")))
        .map((f) => path.relative(ROOT, f).replace(/\.tsx?$/, "")),
    );
    const clientFiles = sourceFiles(path.join(ROOT, "app")).filter((f) => /^"use client";/.test(readFileSync(f, "utf8")));
    const wrong = clientFiles.flatMap((f) => importsOf(f, false).filter((i) => serverOnly.has(i)).map((i) => `${path.relative(ROOT, f)} → ${i}`));
    expect(clientFiles.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
