"use client";

/** An error in the root layout itself: the last resort, a minimal German page of its own. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de">
      <body>
        <main>
          <h1>Die Seite kann gerade nicht angezeigt werden</h1>
          <p>Auf dem Server ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.</p>
          {error.digest && <p>Fehlerkennung für die OZG-Koordination: {error.digest}</p>}
          <p>
            <a href="/">Zur Übersicht</a>
          </p>
        </main>
      </body>
    </html>
  );
}
