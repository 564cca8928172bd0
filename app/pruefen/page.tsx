import type { Metadata } from "next";
import { UploadCheckForm } from "./_components/upload-check-form";
import { MAX_UPLOAD_BYTES, megabytes } from "@/lib/overview/check-upload-size";

export const metadata: Metadata = { title: "Datei prüfen" };

export default function PruefenPage() {
  return (
    <div>
      <h1 className="kern-heading-large">Datei prüfen</h1>
      <div className="prose">
        <p className="kern-body">
          Prüfen Sie eine Nachnutzungsübersicht aus Excel, bevor sie veröffentlicht wird. Die Prüfung liest die ganze Datei und
          nennt jedes Problem mit Zeile, Spalte und Wert. Es wird nichts gespeichert und nichts veröffentlicht.
        </p>
        <p className="kern-body kern-body--small">
          Erlaubt: CSV aus Excel („CSV UTF-8“, „CSV (Trennzeichen-getrennt)“ oder „Unicode-Text“), Trennzeichen Semikolon, Komma
          oder Tabulator,
          höchstens {megabytes(MAX_UPLOAD_BYTES)}. Veröffentlicht wird eine gültige Datei mit <code>npm run import</code>.
        </p>
      </div>
      <UploadCheckForm maxBytes={MAX_UPLOAD_BYTES} />
    </div>
  );
}
