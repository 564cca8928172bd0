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
          Prüfen Sie eine Nachnutzungsübersicht aus Excel oder LibreOffice Calc, bevor sie veröffentlicht wird. Die Prüfung liest
          die ganze Datei und nennt jedes Problem mit Zeile (wie in Excel und Calc gezählt), Spalte, OZG-ID, Leistung und Wert. Es
          wird nichts gespeichert und nichts veröffentlicht.
        </p>
        <p className="kern-body kern-body--small">
          Erlaubt: Excel-Arbeitsmappe (.xlsx; gelesen wird das erste Tabellenblatt oder das Blatt „Nachnutzungsübersicht“) oder CSV
          („CSV UTF-8“, „CSV (Trennzeichen-getrennt)“ oder „Unicode-Text“; Trennzeichen Semikolon, Komma oder Tabulator), höchstens{" "}
          {megabytes(MAX_UPLOAD_BYTES)}. Eine gültige Datei senden Sie an die OZG-Koordination; sie veröffentlicht sie.
        </p>
      </div>
      <UploadCheckForm maxBytes={MAX_UPLOAD_BYTES} />
    </div>
  );
}
