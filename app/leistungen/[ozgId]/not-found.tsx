import Link from "next/link";

export default function LeistungNotFound() {
  return (
    <div className="prose">
      <h1 className="kern-heading-large">Leistung nicht gefunden</h1>
      <p>Keine veröffentlichte Fassung der Nachnutzungsübersicht enthält eine Leistung mit dieser OZG-ID.</p>
      <p>
        <Link href="/" className="kern-link">
          Zur Übersicht aller Leistungen
        </Link>
      </p>
    </div>
  );
}
