import { getMetadata } from "@/lib/store/repository";

export async function SiteFooter() {
  const metadata = await getMetadata().catch(() => null);
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="kern-body kern-body--small">
            Herausgeber: {metadata?.publisher ?? "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt"}
          </p>
          {metadata && (
            <p className="kern-body kern-body--small">
              Kontakt: <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>
            </p>
          )}
        </div>
      </div>
    </footer>
  );
}
