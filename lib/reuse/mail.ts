/**
 * The confirmation e-mail with the private link (docs/reuse.md). Sent through SMTP_URL
 * (smtp://host:port, smtps://user:password@host:465); SMTP_FROM is the sender, else the contact
 * address of the metadata. nodemailer is loaded only when a mail is sent. The mail holds the
 * link; the log never does (nor the recipient's address).
 */
import "server-only";
import type { Env } from "../db/config";

export interface PrivateLinkMail {
  to: string;
  from: string;
  link: string;
  leistung: string;
  ozgId: string;
  kommune: string;
  /** Name of the sender shown in the mail client, e.g. the publisher. */
  senderName: string;
}

/** SMTP_URL when it is an smtp:// or smtps:// address, else null (then no mail is sent). */
export function smtpUrl(env: Env = process.env): string | null {
  const url = env.SMTP_URL?.trim();
  return url && /^smtps?:\/\//i.test(url) ? url : null;
}

export function privateLinkMailText(mail: Omit<PrivateLinkMail, "to" | "from" | "senderName">): { subject: string; text: string } {
  return {
    subject: `Bitte bestätigen: Interesse an „${mail.leistung}“`,
    text: [
      "Guten Tag,",
      "",
      `für ${mail.kommune} wurde in der OZG-Nachnutzungsübersicht Sachsen-Anhalt Interesse an der Nachnutzung der Leistung „${mail.leistung}“ (OZG-ID ${mail.ozgId}) bekundet.`,
      "",
      "Bitte bestätigen Sie die Bekundung über Ihren persönlichen Link:",
      mail.link,
      "",
      "Über denselben Link sehen Sie später den Stand der Nachnutzung, können Ihre Angaben ändern, die Bekundung zurückziehen oder Ihre Kontaktdaten löschen. Bitte geben Sie den Link nicht weiter: Wer ihn kennt, kann die Bekundung ändern.",
      "",
      "Bis zur Bestätigung gilt die Bekundung als „unbestätigt“. Falls Sie nichts bekundet haben, können Sie diese E-Mail ignorieren: Unbestätigte Bekundungen werden nach 30 Tagen gelöscht.",
      "",
      "Mit freundlichen Grüßen",
      "Ihre OZG-Koordination Sachsen-Anhalt",
    ].join("\r\n"),
  };
}

/** Sends the mail; false (and a log line without personal data) when the server refuses or is unreachable. */
export async function sendPrivateLinkMail(mail: PrivateLinkMail, env: Env = process.env): Promise<boolean> {
  const url = smtpUrl(env);
  if (!url) return false;
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(url);
  const { subject, text } = privateLinkMailText(mail);
  try {
    await transport.sendMail({ from: { name: mail.senderName, address: env.SMTP_FROM?.trim() || mail.from }, to: mail.to, subject, text });
    return true;
  } catch (error) {
    console.error(`Nachnutzung: Die Bestätigungs-E-Mail konnte nicht gesendet werden (${(error as { code?: string }).code ?? (error as Error).message}).`);
    return false;
  } finally {
    transport.close();
  }
}
