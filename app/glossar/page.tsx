import type { Metadata } from "next";
import { GLOSSARY } from "@/lib/glossary";
import { GlossaryPage } from "./_components/glossary-page";

export const metadata: Metadata = { title: "Glossar: Begriffe der Übersicht" };

export default function GlossarRoute() {
  return <GlossaryPage entries={GLOSSARY} />;
}
