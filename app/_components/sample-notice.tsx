import { getMetadata } from "@/lib/store/repository";
import styles from "./sample-notice.module.css";

/** On every page while the data folder holds sample data (metadata.json: sampleData). */
export async function SampleNotice() {
  const metadata = await getMetadata().catch(() => null);
  if (!metadata?.sampleData) return null;
  return (
    <div className={styles.notice} role="note" aria-label="Hinweis zu den Daten">
      <div className="container">
        <strong>Beispieldaten.</strong>{" "}
        {metadata.sampleNotice ?? "Die angezeigten Angaben zum Umsetzungsstand sind erfunden und dienen nur der Vorführung."}
      </div>
    </div>
  );
}
